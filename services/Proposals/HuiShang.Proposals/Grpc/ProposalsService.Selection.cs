using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Grpc;

/// <summary>GX-10 selection of a call: loads the call's proposals and the regions' last rounds; <see cref="CallSelection"/> decides.</summary>
public sealed partial class ProposalsService
{
    public override async Task<SelectionReply> SelectProposals(SelectProposalsRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning);
        var call = await FindCallAsync(caller, request.CallId, context.CancellationToken) ?? throw ServiceProblems.NotFound("Call", request.CallId);
        var selection = SelectionMapper.Map(request);
        return await ServiceProblems.Guard(async () =>
        {
            var callId = call.Id.ToString();
            var proposals = await db.Proposals.Where(p => p.CallId == callId && p.JurisdictionCode == call.JurisdictionCode).ToListAsync(context.CancellationToken);
            var regions = proposals.Select(p => p.RegionCode).Distinct().ToList();
            // The stored rounds only: this call's decisions are not saved yet, as before.
            var lastYears = await db.Proposals.Where(p => regions.Contains(p.RegionCode) && p.Status == ProposalStatus.Selected)
                .GroupBy(p => p.RegionCode)
                .Select(g => new { Region = g.Key, Year = g.Max(p => p.SelectedYear) })
                .ToDictionaryAsync(r => r.Region, r => r.Year, context.CancellationToken);
            var outcome = CallSelection.Decide(call, selection, proposals, lastYears,
                id => ServiceProblems.NotFound("Proposal", id.ToString()), policies, caller.Subject, time.GetUtcNow());

            foreach (var @event in outcome.Events)
            {
                outbox.Add(@event);
            }

            // One SaveChanges: every decision, its history and its events together (outbox).
            await db.SaveChangesAsync(context.CancellationToken);
            var reply = new SelectionReply { PolicyVersion = outcome.PolicyVersion };
            reply.Selected.AddRange(outcome.Selected.Select(p => p.ToMessage()));
            reply.NotSelected.AddRange(outcome.NotSelected.Select(p => p.ToMessage()));
            return reply;
        });
    }
}
