namespace HuiShang.Policies.Sections;

/// <summary>
/// How the agreed items (议定事项) of a signed agreement are carried out and followed (Evaluation):
/// RuleId is the article that binds both sides to their items (GX-18, HB-21, XJ-5.3), so an item past
/// its due date is overdue under it; PlanRuleId the article asking for an implementation plan
/// (GX-19 落实方案, HB-19(五) 实施方案), null when none is asked; ProvincePlan: the province drafts its
/// own plan as well (HB-19(五) 厅、市各自拟制), not only the city.
/// </summary>
public sealed record Implementation(string RuleId, string? PlanRuleId = null, bool ProvincePlan = false) : IPolicySection, ISectionName
{
    public static string SectionName => "implementation";
}
