namespace HuiShang.Policies.Sections;

/// <summary>How many lower parties are selected per year, by tier (GX-10).</summary>
public sealed record SelectionQuota(string RuleId, CountRange Key, CountRange General) : IPolicySection, ISectionName
{
    public static string SectionName => "selectionQuota";

    public CountRange For(ConsultationTier tier) => tier == ConsultationTier.Key ? Key : General;
}
