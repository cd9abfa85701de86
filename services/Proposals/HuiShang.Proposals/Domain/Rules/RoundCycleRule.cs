using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>
/// GX-10: a city opens a new round only every N years; an extra consultation is the explicit
/// exception and must carry its reason. A profile whose cycle has <c>extraRoundWithReason: false</c>
/// (e.g. HB-15) knows no extra consultation: any <c>extra</c> choice is refused as <c>validation</c>
/// (INVALID_ARGUMENT, fields <c>extra[i]</c>) - the request asks for something the policy does not offer,
/// and no later state would make it valid. Without a cycle section there is no cycle to except from.
/// </summary>
public static class RoundCycleRule
{
    public static void CheckReasons(PolicyVersion policy, SelectionRequest request)
    {
        if (request.Extra.Count == 0 || policy.Find<RoundCycle>() is not { } cycle)
        {
            return;
        }

        var ruleId = cycle.RuleId;
        if (!cycle.ExtraRoundWithReason)
        {
            throw RuleViolationException.Validation(ruleId, "This policy allows no extra consultation outside the round cycle.",
                request.Extra.Select((_, i) => new KeyValuePair<string, string>($"extra[{i}]", $"{ruleId}: no extra consultation under this policy.")));
        }

        var errors = request.Extra
            .Select((e, i) => (e, i))
            .Where(x => string.IsNullOrWhiteSpace(x.e.Reason))
            .Select(x => new KeyValuePair<string, string>($"extra[{x.i}].reason", $"{ruleId}: an extra consultation needs its reason."))
            .ToList();
        if (errors.Count > 0)
        {
            throw RuleViolationException.Validation(ruleId, "Every extra consultation needs a reason.", errors);
        }
    }

    /// <summary><paramref name="lastSelectedYear"/>: the call year of the region's last selected round, if any.</summary>
    public static void Check(PolicyVersion policy, Call call, Proposal proposal, SelectionTier tier, int? lastSelectedYear)
    {
        if (tier == SelectionTier.Extra || policy.Find<RoundCycle>() is not { } cycle || lastSelectedYear is not { } last)
        {
            return;
        }

        if (call.Year - last < cycle.Years)
        {
            throw new RuleViolationException("cycle-not-due", cycle.RuleId,
                $"Region {proposal.RegionCode} started a round in {last}; a new round is due from {last + cycle.Years} (every {cycle.Years} years) unless selected as an extra consultation with a reason.");
        }
    }
}
