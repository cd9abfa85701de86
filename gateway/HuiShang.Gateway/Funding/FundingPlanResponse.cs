namespace HuiShang.Gateway.Funding;

/// <summary>
/// Shares per source (upper, city-level, district) and how they were computed: the policy version,
/// the rule ids applied (XJ-4.2) and the rounding. <c>provisional</c> until the project is approved.
/// </summary>
public sealed record FundingPlanResponse(
    string ProjectId,
    bool Provisional,
    DateOnly? PlanDate,
    string PolicyVersion,
    IReadOnlyList<string> RuleIds,
    decimal UpperSupport,
    decimal? MatchRatio,
    decimal CityMatch,
    int? DistrictCategory,
    IReadOnlyList<PlanShareResponse> Shares,
    decimal Total,
    string Note,
    string Rounding);

/// <summary>One source's share; <c>basis</c> shows the computation ("3000000.00 × 1 × 0.6").</summary>
public sealed record PlanShareResponse(string Source, decimal Amount, string Basis);
