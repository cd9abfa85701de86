namespace HuiShang.Policies.Sections;

/// <summary>
/// HB-11..13 quantitative conditions. The qualitative ones (importance attached, focused theme, a
/// bureau able to coordinate) are judged by people and are not encoded.
/// </summary>
public sealed record Eligibility(
    string RuleId,
    bool RdToGdpRatioMustRise,
    bool FiscalScienceGrowthMustExceedRevenueGrowth) : IPolicySection, ISectionName
{
    public static string SectionName => "eligibility";

    public IReadOnlyList<string> Failures(EligibilityFigures figures)
    {
        var failures = new List<string>();
        if (RdToGdpRatioMustRise && figures.RdToGdpRatio <= figures.RdToGdpRatioPreviousYear)
        {
            failures.Add($"{RuleId}: R&D/GDP ratio must rise year on year");
        }
        if (FiscalScienceGrowthMustExceedRevenueGrowth && figures.FiscalScienceSpendingGrowth <= figures.RegularRevenueGrowth)
        {
            failures.Add($"{RuleId}: fiscal S&T spending growth must exceed regular revenue growth");
        }
        return failures;
    }
}
