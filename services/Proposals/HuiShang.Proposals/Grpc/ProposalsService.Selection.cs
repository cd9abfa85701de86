using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Policies;
using HuiShang.Proposals.Domain;
using HuiShang.Proposals.Domain.Rules;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Grpc;

/// <summary>GX-10 selection of a call: quotas, the round cycle, extras with reasons; the rest are not selected.</summary>
public sealed partial class ProposalsService
{
    public override async Task<SelectionReply> SelectProposals(SelectProposalsRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning);
        var call = await FindCallAsync(caller, request.CallId, context.CancellationToken) ?? throw ServiceProblems.NotFound("Call", request.CallId);
        var selection = SelectionMapper.Map(request);
        return await ServiceProblems.Guard(async () =>
        {
            if (call.Status != CallStatus.Open)
            {
                throw new InvalidStateException($"The call of {call.Year} has already been decided.");
            }

            var now = time.GetUtcNow();
            var policy = policies.InForce(call.JurisdictionCode, PolicyCalendar.DateOf(now));
            SelectionQuotaRule.Check(policy, selection);
            RoundCycleRule.CheckReasons(policy, selection);

            var callId = call.Id.ToString();
            var proposals = await db.Proposals.Where(p => p.CallId == callId && p.JurisdictionCode == call.JurisdictionCode).ToListAsync(context.CancellationToken);
            var reply = new SelectionReply { PolicyVersion = policy.Id };
            var chosen = new HashSet<Guid>();
            foreach (var (id, tier, reason) in selection.Choices)
            {
                var proposal = proposals.FirstOrDefault(p => p.Id == id) ?? throw ServiceProblems.NotFound("Proposal", id.ToString());
                var lastYear = await db.Proposals.Where(p => p.RegionCode == proposal.RegionCode && p.Status == ProposalStatus.Selected)
                    .MaxAsync(p => p.SelectedYear, context.CancellationToken);
                RoundCycleRule.Check(policy, call, proposal, tier, lastYear);
                outbox.Add(proposal.Select(call, tier, reason, policy.Id, caller.Subject, now));
                chosen.Add(id);
                reply.Selected.Add(proposal.ToMessage());
            }

            foreach (var proposal in proposals.Where(p => p.Status == ProposalStatus.Submitted && !chosen.Contains(p.Id)))
            {
                outbox.Add(proposal.NotSelect(call, $"Not selected in the {call.Year} call.", policy.Id, caller.Subject, now));
                reply.NotSelected.Add(proposal.ToMessage());
            }

            call.MarkSelected();
            // One SaveChanges: every decision, its history and its events together (outbox).
            await db.SaveChangesAsync(context.CancellationToken);
            return reply;
        });
    }
}
