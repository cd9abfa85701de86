namespace HuiShang.Policies;

/// <summary>
/// One upper authority's rules (one file in policies/). <see cref="Profile"/> is the file name and the
/// prefix of version ids; <see cref="RulePrefix"/> is the prefix every rule id of the file must carry.
/// </summary>
public sealed record PolicyProfile(
    string Profile,
    string Jurisdiction,
    string Name,
    string Mechanism,
    string RulePrefix,
    PolicySource Source,
    IReadOnlyList<PolicyVersion> Versions,
    IReadOnlyList<string>? Notes = null);
