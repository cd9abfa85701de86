namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>
/// When to try again: exponential backoff from <see cref="BaseDelay"/> (doubling, capped at
/// <see cref="MaxDelay"/>) with full jitter in its upper half, so a city's receiver coming back
/// is not hit by every retry at once; a receiver's Retry-After (429/503) wins, within the cap. After
/// <see cref="Period"/> of failing (three days by default) the delivery is given up.
/// </summary>
public sealed record RetrySchedule(TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan Period)
{
    public static readonly RetrySchedule Default = new(TimeSpan.FromSeconds(5), TimeSpan.FromHours(4), TimeSpan.FromDays(3));

    public DateTimeOffset? Next(int attemptCount, DateTimeOffset now, DateTimeOffset retryingSince, TimeSpan? retryAfter, Random? random = null)
    {
        if (now - retryingSince >= Period)
        {
            return null;
        }

        var delay = retryAfter is { } asked ? Min(asked, MaxDelay) : Backoff(attemptCount, random ?? Random.Shared);
        return now + delay;
    }

    private TimeSpan Backoff(int attemptCount, Random random)
    {
        var exponent = Math.Min(attemptCount - 1, 30);
        var full = Min(TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * Math.Pow(2, exponent), MaxDelay.Ticks)), MaxDelay);
        // Half fixed, half random: never sooner than half the backoff, spread over the rest.
        return full / 2 + TimeSpan.FromTicks((long)(full.Ticks / 2 * random.NextDouble()));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
