namespace HuiShang.Funding.Domain;

/// <summary>
/// The keyed <see cref="TimeProvider"/> whose date the funding rules use (policy in force, approval and
/// disbursement dates, arrival deadlines). Keyed apart from the host's clock, which also stamps tokens.
/// </summary>
public static class FundingClock
{
    public const string Key = "funding-clock";
}
