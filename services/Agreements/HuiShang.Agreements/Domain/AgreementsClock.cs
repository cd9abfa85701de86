namespace HuiShang.Agreements.Domain;

/// <summary>
/// The keyed <see cref="TimeProvider"/> whose date the agreement rules use (due dates, signing date,
/// expiry). Keyed apart from the host's clock, which also stamps and validates tokens.
/// </summary>
public static class AgreementsClock
{
    public const string Key = "agreements-clock";
}
