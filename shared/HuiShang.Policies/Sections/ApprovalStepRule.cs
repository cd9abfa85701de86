namespace HuiShang.Policies.Sections;

/// <summary>One step of an approval chain with the article that requires it.</summary>
public sealed record ApprovalStepRule(string RuleId, ApprovalStep Step, bool ObjectionRestartsDrafting = false);
