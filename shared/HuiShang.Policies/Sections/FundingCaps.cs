namespace HuiShang.Policies.Sections;

/// <summary>GX-18: upper-side project funds per round, in yuan, by tier.</summary>
public sealed record FundingCaps(string RuleId, long KeyMaximumYuan, long GeneralMaximumYuan) : IPolicySection, ISectionName
{
    public static string SectionName => "fundingCaps";

    public long MaximumFor(ConsultationTier tier) => tier == ConsultationTier.Key ? KeyMaximumYuan : GeneralMaximumYuan;
}
