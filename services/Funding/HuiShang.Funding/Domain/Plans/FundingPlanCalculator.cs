using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain.Plans;

/// <summary>
/// XJ-4.2 as arithmetic, with no database and no clock: the lower party matches upper support at the
/// ratio, and the match splits between the city level and the district by the district's category.
/// Rounding (the one place money is rounded): city match = upper × ratio rounded to fen, half away from
/// zero; city level = city match × city-level share rounded the same way; district = city match − city
/// level. The district takes the remainder so the two shares always add up to the city match exactly.
/// </summary>
public static class FundingPlanCalculator
{
    public const string RoundingRule =
        "city match = upper support × ratio, rounded to 2 decimals (fen), half away from zero; "
        + "city level = city match × city-level share, rounded the same way; "
        + "district = city match − city level, so the shares add up to the city match exactly.";

    /// <param name="offeredRatio">The ratio the project offered; null = the profile's. Never below the profile's ratio.</param>
    /// <param name="matching">The profile's Matching section; null = the rule is not applied (upper share only).</param>
    public static FundingPlan Compute(
        decimal upperSupport, decimal? offeredRatio, int? districtCategory, Matching? matching, string policyVersion, DateOnly planDate)
    {
        if (matching is null)
        {
            return FundingPlan.UpperOnly(planDate, policyVersion, upperSupport, $"matching not applied by {policyVersion}");
        }

        var split = SplitFor(matching, districtCategory);
        // A later profile may ask more than was offered at registration: the profile's ratio is the floor.
        var ratio = Math.Max(offeredRatio ?? matching.LowerToUpperRatio, matching.LowerToUpperRatio);
        var cityMatch = Fen(upperSupport * ratio);
        var cityLevel = Fen(cityMatch * split.LowerLevelShare);
        return FundingPlan.Matched(planDate, policyVersion, matching.RuleId, upperSupport, ratio, split.Category,
            split.LowerLevelShare, cityMatch, cityLevel, matching.ArrivalDeadlineDays);
    }

    public static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static CategorySplit SplitFor(Matching matching, int? category)
    {
        foreach (var split in matching.Categories)
        {
            if (split.Category == category)
            {
                return split;
            }
        }

        throw new RuleViolationException("district-required", matching.RuleId, category is null
            ? $"{matching.RuleId}: the match is split by district category, and the project names no district."
            : $"{matching.RuleId}: the profile has no split for district category {category}.");
    }
}
