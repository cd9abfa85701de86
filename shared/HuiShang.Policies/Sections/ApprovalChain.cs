namespace HuiShang.Policies.Sections;

/// <summary>The ordered steps an agreement draft passes (GX-15..17, HB-16).</summary>
public sealed record ApprovalChain(string RuleId, IReadOnlyList<ApprovalStepRule> Steps) : IPolicySection, ISectionName
{
    public static string SectionName => "approvalChain";
}
