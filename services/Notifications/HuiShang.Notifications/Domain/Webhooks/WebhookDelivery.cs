namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>
/// One event for one subscription: the CloudEvent body is fixed when the event is consumed, so every
/// attempt sends the same bytes under the same webhook-id (receivers deduplicate by it).
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; }

    public Guid SubscriptionId { get; init; }

    /// <summary>The integration event's message id: the CloudEvent id and the webhook-id.</summary>
    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The record the event is about: deliveries of one subject go out in order.</summary>
    public required string Subject { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>The CloudEvent, structured-mode JSON, exactly as sent.</summary>
    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the retry period started: creation, or the last redelivery or replay.</summary>
    public DateTimeOffset RetryingSince { get; private set; }

    public string Status { get; private set; } = DeliveryStatus.Pending;

    public int AttemptCount { get; private set; }

    /// <summary>Null when nothing more is scheduled.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int LastStatusCode { get; private set; }

    public int LastLatencyMs { get; private set; }

    public string LastError { get; private set; } = "";

    public List<WebhookAttempt> Attempts { get; init; } = [];

    public static WebhookDelivery New(Guid subscriptionId, Guid eventId, string type, string subject, string region, string body, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = type,
        Subject = subject,
        RegionCode = region,
        Body = body,
        CreatedAt = now,
        RetryingSince = now,
        NextAttemptAt = now,
    };

    /// <summary>Records one attempt and decides what comes next (see <see cref="RetrySchedule"/>).</summary>
    public void Record(AttemptOutcome outcome, DateTimeOffset at, RetrySchedule schedule)
    {
        AttemptCount++;
        LastAttemptAt = at;
        LastStatusCode = outcome.StatusCode;
        LastLatencyMs = outcome.LatencyMs;
        LastError = Excerpt(outcome.Detail);
        Attempts.Add(new WebhookAttempt { Id = Guid.CreateVersion7(at), DeliveryId = Id, At = at, StatusCode = outcome.StatusCode, LatencyMs = outcome.LatencyMs, Error = LastError });
        if (outcome.Succeeded)
        {
            Status = DeliveryStatus.Succeeded;
            NextAttemptAt = null;
            return;
        }

        var next = outcome.Gone ? null : schedule.Next(AttemptCount, at, RetryingSince, outcome.RetryAfter);
        Status = next is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        NextAttemptAt = next;
    }

    /// <summary>Sends again (redeliver, replay), with a fresh retry period; same body, same webhook-id.</summary>
    public void Resend(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        RetryingSince = now;
        NextAttemptAt = now;
    }

    /// <summary>The subscription is gone (410): what still waits is not sent.</summary>
    public void Abandon(string why)
    {
        Status = DeliveryStatus.Failed;
        NextAttemptAt = null;
        LastError = Excerpt(why);
    }

    private static string Excerpt(string text) => text.Length <= WebhookLimits.ResponseExcerpt ? text : text[..WebhookLimits.ResponseExcerpt];
}
