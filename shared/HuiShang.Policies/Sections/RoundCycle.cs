namespace HuiShang.Policies.Sections;

/// <summary>
/// How long a round (议定书) runs before a new one: GX-10 "every three years, extra with a reason";
/// HB-15 "about five years, renewal decided by both sides".
/// </summary>
public sealed record RoundCycle(
    string RuleId,
    int Years,
    bool Approximate = false,
    bool ExtraRoundWithReason = false,
    bool RenewalByAgreement = false) : IPolicySection, ISectionName
{
    public static string SectionName => "roundCycle";
}
