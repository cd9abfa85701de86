namespace HuiShang.Policies;

/// <summary>A caller required a rule the version in force does not apply (the section is absent).</summary>
public sealed class RuleNotAppliedException(string versionId, string section)
    : Exception($"Policy {versionId} does not apply the rule '{section}'.")
{
    public string VersionId { get; } = versionId;

    public string Section { get; } = section;
}
