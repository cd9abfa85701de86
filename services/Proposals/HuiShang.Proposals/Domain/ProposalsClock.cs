namespace HuiShang.Proposals.Domain;

/// <summary>
/// The keyed <see cref="TimeProvider"/> whose date the intake rules use (window, lead time, policy in
/// force). Keyed apart from the host's clock, which also stamps and validates tokens.
/// </summary>
public static class ProposalsClock
{
    public const string Key = "proposals-clock";
}
