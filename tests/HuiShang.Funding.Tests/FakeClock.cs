namespace HuiShang.Funding.Tests;

/// <summary>The service's rule clock (FundingClock): only the date moves; timers stay real.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public DateOnly Today => DateOnly.FromDateTime(Now.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Inside the XJ plan's period (2023-04-23..2025-12-31) and GX's.</summary>
    public static FakeClock MidYear() => On(2025, 6, 2);

    public static FakeClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));

    public void SetDate(int year, int month, int day) => Now = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Each reading moves a millisecond, so registration instants are distinct and ordered as made.</summary>
    public override DateTimeOffset GetUtcNow() => (Now = Now.AddMilliseconds(1)).ToUniversalTime();
}
