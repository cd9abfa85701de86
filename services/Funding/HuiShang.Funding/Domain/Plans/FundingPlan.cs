namespace HuiShang.Funding.Domain.Plans;

/// <summary>
/// A project's money per source and how it was computed (XJ-4.2). Fixed at approval with the profile
/// version in force on the approval date and stored as it is: later profile versions never change it.
/// Before approval the same shape is computed for today as a provisional plan.
/// </summary>
public sealed class FundingPlan
{
    private FundingPlan()
    {
    }

    public DateOnly PlanDate { get; private set; }

    public string PolicyVersion { get; private set; } = "";

    /// <summary>Comma-separated rule ids (a column, not a collection, so both providers store it alike).</summary>
    public string RuleIdList { get; private set; } = "";

    public decimal UpperSupport { get; private set; }

    public bool MatchingApplied { get; private set; }

    public decimal? MatchRatio { get; private set; }

    public int? DistrictCategory { get; private set; }

    /// <summary>The city-level part of the match for this category (0.6 for category 3).</summary>
    public decimal? CityLevelShare { get; private set; }

    public decimal CityMatch { get; private set; }

    public decimal CityLevel { get; private set; }

    public decimal District { get; private set; }

    /// <summary>Days after approval by which matching must have arrived (the plan's profile); null = no deadline.</summary>
    public int? ArrivalDeadlineDays { get; private set; }

    public string? Note { get; private set; }

    public decimal Total => UpperSupport + CityMatch;

    public IReadOnlyList<string> RuleIds => RuleIdList.Length == 0 ? [] : RuleIdList.Split(',');

    public static FundingPlan UpperOnly(DateOnly planDate, string policyVersion, decimal upperSupport, string note) => new()
    {
        PlanDate = planDate,
        PolicyVersion = policyVersion,
        UpperSupport = upperSupport,
        Note = note,
    };

    public static FundingPlan Matched(
        DateOnly planDate, string policyVersion, string ruleId, decimal upperSupport, decimal ratio, int category,
        decimal cityLevelShare, decimal cityMatch, decimal cityLevel, int? arrivalDeadlineDays) => new()
    {
        PlanDate = planDate,
        PolicyVersion = policyVersion,
        RuleIdList = ruleId,
        UpperSupport = upperSupport,
        MatchingApplied = true,
        MatchRatio = ratio,
        DistrictCategory = category,
        CityLevelShare = cityLevelShare,
        CityMatch = cityMatch,
        CityLevel = cityLevel,
        District = cityMatch - cityLevel,
        ArrivalDeadlineDays = arrivalDeadlineDays,
    };

    /// <summary>The committed share of a source (0 for a source the plan does not fund).</summary>
    public decimal ShareOf(string source) => source switch
    {
        FundingSources.Upper => UpperSupport,
        FundingSources.CityLevel => CityLevel,
        FundingSources.District => District,
        _ => 0m,
    };

    /// <summary>The sources this plan funds: the upper side always, the two matching sources when matching applies.</summary>
    public IReadOnlyList<string> Sources => MatchingApplied ? FundingSources.All : [FundingSources.Upper];

    /// <summary>The date by which a matching source must have arrived; the upper source has none.</summary>
    public DateOnly? DueOn(string source, DateOnly approvedOn) =>
        source != FundingSources.Upper && MatchingApplied && ArrivalDeadlineDays is { } days ? approvedOn.AddDays(days) : null;
}
