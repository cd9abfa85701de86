namespace HuiShang.Policies;

/// <summary>
/// What a service stores with a decision: the policy version it used and the rules it applied, so
/// the decision can be explained after the policy changes (XJ tail: policies have effective periods).
/// </summary>
public sealed record PolicyDecisionStamp(string VersionId, IReadOnlyList<string> RuleIds)
{
    public override string ToString() => $"{VersionId} [{string.Join(", ", RuleIds)}]";
}
