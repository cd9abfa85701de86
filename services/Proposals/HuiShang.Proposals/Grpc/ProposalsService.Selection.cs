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
            var rounds = await RegionRoundsAsync(call, proposals, context.CancellationToken);
            var outcome = CallSelection.Decide(call, selection, proposals, rounds,
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

    /// <summary>
    /// The stored rounds only (this call's decisions are not saved yet, as before): per region its last selected
    /// year, its last year outside work meetings, and its newest signed framework in the call's jurisdiction (HB-17).
    /// </summary>
    private async Task<Dictionary<string, RegionRounds>> RegionRoundsAsync(Domain.Call call, List<Domain.Proposal> proposals, CancellationToken cancellationToken)
    {
        var regions = proposals.Select(p => p.RegionCode).Distinct().ToList();
        var years = await db.Proposals.Where(p => regions.Contains(p.RegionCode) && p.Status == ProposalStatus.Selected)
            .GroupBy(p => p.RegionCode)
            .Select(g => new { Region = g.Key, Last = g.Max(p => p.SelectedYear), Round = g.Max(p => p.WorkMeetingOf == null ? p.SelectedYear : null) })
            .ToListAsync(cancellationToken);
        var frameworks = (await db.SignedFrameworks.AsNoTracking()
                .Where(f => f.JurisdictionCode == call.JurisdictionCode && regions.Contains(f.RegionCode))
                .ToListAsync(cancellationToken))
            .GroupBy(f => f.RegionCode)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.SignedOn).First());
        return regions.ToDictionary(r => r, r =>
        {
            var stored = years.FirstOrDefault(y => y.Region == r);
            return new RegionRounds(stored?.Last, stored?.Round, frameworks.GetValueOrDefault(r));
        });
    }
}
