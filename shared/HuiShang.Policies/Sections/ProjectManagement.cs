namespace HuiShang.Policies.Sections;

/// <summary>GY-9: how joint projects are commissioned and accepted.</summary>
public sealed record ProjectManagement(
    string RuleId,
    IReadOnlyList<FundingMode> FundingModes,
    IReadOnlyList<AcceptanceMode> AcceptanceModes) : IPolicySection, ISectionName
{
    public static string SectionName => "projectManagement";
}
