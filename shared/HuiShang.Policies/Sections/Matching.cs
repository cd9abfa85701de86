namespace HuiShang.Policies.Sections;

/// <summary>
/// XJ-4.2: the lower party matches upper support at a ratio (1:1), split by district category; under
/// equal conditions the higher match ratio is supported first. District → category lives in the
/// reference data (regions.json), not here. ArrivalDeadlineDays: days after a project's approval by
/// which each matching source must have arrived (到位); null = no shortfall alert.
/// </summary>
public sealed record Matching(
    string RuleId,
    decimal LowerToUpperRatio,
    IReadOnlyList<CategorySplit> Categories,
    bool PriorityToHigherMatchRatio = false,
    int? ArrivalDeadlineDays = null) : IPolicySection, ISectionName
{
    public static string SectionName => "matching";

    public MatchSplit Split(decimal upperSupport, int districtCategory)
    {
        var split = Categories.SingleOrDefault(c => c.Category == districtCategory)
            ?? throw new ArgumentOutOfRangeException(nameof(districtCategory), districtCategory, $"{RuleId}: no district category {districtCategory}");
        var total = upperSupport * LowerToUpperRatio;
        return new MatchSplit(total, total * split.LowerLevelShare, total * split.DistrictShare);
    }
}
