namespace HuiShang.Proposals.Tests;

/// <summary>The service's rule clock (ProposalsClock): only the date moves; timers stay real.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public void SetDate(int year, int month, int day) => Now = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
