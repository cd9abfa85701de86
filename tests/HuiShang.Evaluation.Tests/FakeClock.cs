namespace HuiShang.Evaluation.Tests;

/// <summary>The service's rule clock (EvaluationClock): only the date moves; timers stay real.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static FakeClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));

    public void SetDate(int year, int month, int day) => Now = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Each reading moves a millisecond, so instants are distinct and ordered as made.</summary>
    public override DateTimeOffset GetUtcNow() => (Now = Now.AddMilliseconds(1)).ToUniversalTime();
}
