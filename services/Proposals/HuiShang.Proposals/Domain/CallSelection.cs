using HuiShang.Policies;
using HuiShang.Proposals.Domain.Rules;

namespace HuiShang.Proposals.Domain;

/// <summary>The decision of a call (GX-10): the chosen proposals selected, the other submitted ones not, in one step.</summary>
public sealed record SelectionOutcome(string PolicyVersion, IReadOnlyList<Proposal> Selected, IReadOnlyList<Proposal> NotSelected, IReadOnlyList<object> Events);

/// <summary>
/// GX-10 selection as one domain operation: the call must be open; the quota and the extras' reasons are
/// checked under the profile in force today; each choice then passes the round cycle in choice order.
/// </summary>
public static class CallSelection
{
    /// <param name="proposals">The call's proposals.</param>
    /// <param name="lastSelectedYears">Per region, the call year of its last selected round as stored; absent: never selected.</param>
    /// <param name="unknown">The refusal for a chosen id that is not among <paramref name="proposals"/> (not found, to the caller).</param>
    public static SelectionOutcome Decide(
        Call call,
        SelectionRequest request,
        IReadOnlyList<Proposal> proposals,
        IReadOnlyDictionary<string, int?> lastSelectedYears,
        Func<Guid, Exception> unknown,
        PolicyCatalog policies,
        string by,
        DateTimeOffset now)
    {
        call.EnsureOpen();
        var policy = policies.InForce(call.JurisdictionCode, PolicyCalendar.DateOf(now));
        SelectionQuotaRule.Check(policy, request);
        RoundCycleRule.CheckReasons(policy, request);

        var events = new List<object>();
        var selected = new List<Proposal>();
        foreach (var (id, tier, reason) in request.Choices)
        {
            var proposal = proposals.FirstOrDefault(p => p.Id == id) ?? throw unknown(id);
            RoundCycleRule.Check(policy, call, proposal, tier, lastSelectedYears.GetValueOrDefault(proposal.RegionCode));
            events.Add(proposal.Select(call, tier, reason, policy.Id, by, now));
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
