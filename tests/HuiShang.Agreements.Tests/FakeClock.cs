namespace HuiShang.Agreements.Tests;

/// <summary>The service's rule clock (AgreementsClock): only the date moves; timers stay real.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public void SetDate(DateOnly date) => Now = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
