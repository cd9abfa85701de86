namespace HuiShang.Policies.Sections;

/// <summary>
/// One rule of a profile version. Every section names the seed article it encodes, so a decision can
/// record exactly which rules it applied (<see cref="PolicyDecisionStamp"/>).
/// </summary>
public interface IPolicySection
{
    /// <summary>Seed article, e.g. "GX-13" or "XJ-4.2".</summary>
    string RuleId { get; }
}
