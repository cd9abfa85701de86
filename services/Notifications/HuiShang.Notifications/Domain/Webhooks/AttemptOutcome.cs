namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>What one POST came to: the status (0 = no answer), how long it took, and what the receiver asked for.</summary>
public sealed record AttemptOutcome(int StatusCode, int LatencyMs, string Detail, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>410 Gone: the receiver wants no more; the subscription is disabled.</summary>
    public bool Gone => StatusCode == 410;

    public static AttemptOutcome NoAnswer(int latencyMs, string detail) => new(0, latencyMs, detail);
}
