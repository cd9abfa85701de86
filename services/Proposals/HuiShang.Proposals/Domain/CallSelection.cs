using HuiShang.Policies;
using HuiShang.Proposals.Domain.Rules;

namespace HuiShang.Proposals.Domain;

/// <summary>The decision of a call (GX-10): the chosen proposals selected, the other submitted ones not, in one step.</summary>
public sealed record SelectionOutcome(string PolicyVersion, IReadOnlyList<Proposal> Selected, IReadOnlyList<Proposal> NotSelected, IReadOnlyList<object> Events);

/// <summary>
/// GX-10 selection as one domain operation: the call must be open; the quota and the extras' reasons are
/// checked under the profile in force today; each choice then passes, in choice order, the HB-17 work-meeting
/// cadence when its region has a live framework, or else the round cycle.
/// </summary>
public static class CallSelection
{
    /// <summary>Regions whose every selection started a round and that have no known framework.</summary>
    /// <param name="lastSelectedYears">Per region, the call year of its last selected round as stored; absent: never selected.</param>
    public static SelectionOutcome Decide(
        Call call,
        SelectionRequest request,
        IReadOnlyList<Proposal> proposals,
        IReadOnlyDictionary<string, int?> lastSelectedYears,
        Func<Guid, Exception> unknown,
        PolicyCatalog policies,
        string by,
        DateTimeOffset now) =>
        Decide(call, request, proposals, lastSelectedYears.ToDictionary(r => r.Key, r => RegionRounds.Rounds(r.Value)), unknown, policies, by, now);

    /// <param name="proposals">The call's proposals.</param>
    /// <param name="rounds">Per region, its stored selections and newest signed framework; absent: none.</param>
    /// <param name="unknown">The refusal for a chosen id that is not among <paramref name="proposals"/> (not found, to the caller).</param>
    public static SelectionOutcome Decide(
        Call call,
        SelectionRequest request,
        IReadOnlyList<Proposal> proposals,
        IReadOnlyDictionary<string, RegionRounds> rounds,
        Func<Guid, Exception> unknown,
        PolicyCatalog policies,
        string by,
        DateTimeOffset now)
    {
        call.EnsureOpen();
        var today = PolicyCalendar.DateOf(now);
        var policy = policies.InForce(call.JurisdictionCode, today);
        SelectionQuotaRule.Check(policy, request);
        RoundCycleRule.CheckReasons(policy, request);

        var events = new List<object>();
        var selected = new List<Proposal>();
        foreach (var (id, tier, reason) in request.Choices)
        {
            var proposal = proposals.FirstOrDefault(p => p.Id == id) ?? throw unknown(id);
            var region = rounds.GetValueOrDefault(proposal.RegionCode) ?? RegionRounds.None;
            // HB-17 under a live framework, else the framework / round cycle (GX-10, HB-15).
            var framework = WorkMeetingRule.Check(policy, call, proposal, region, today);
            if (framework is null)
            {
                RoundCycleRule.Check(policy, call, proposal, tier, region.LastRoundYear);
            }

            events.Add(proposal.Select(call, tier, reason, policy.Id, by, now, framework?.AgreementId));
            selected.Add(proposal);
        }

        var notSelected = proposals.Where(p => p.Status == ProposalStatus.Submitted && !selected.Contains(p)).ToList();
        foreach (var proposal in notSelected)
        {
            events.Add(proposal.NotSelect(call, $"Not selected in the {call.Year} call.", policy.Id, by, now));
        }

        call.MarkSelected();
        return new SelectionOutcome(policy.Id, selected, notSelected, events);
    }
}
