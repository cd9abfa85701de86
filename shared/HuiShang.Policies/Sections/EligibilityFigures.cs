namespace HuiShang.Policies.Sections;

/// <summary>Figures a lower government submits for the quantitative eligibility checks (HB-13). Ratios and rates as fractions.</summary>
public sealed record EligibilityFigures(
    decimal RdToGdpRatio,
    decimal RdToGdpRatioPreviousYear,
    decimal FiscalScienceSpendingGrowth,
    decimal RegularRevenueGrowth);
