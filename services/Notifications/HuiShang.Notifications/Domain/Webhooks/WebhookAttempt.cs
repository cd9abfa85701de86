namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>One HTTP attempt of a delivery, for the delivery log.</summary>
public sealed class WebhookAttempt
{
    public Guid Id { get; init; }

    public Guid DeliveryId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>0 when no HTTP answer came.</summary>
    public int StatusCode { get; init; }

    public int LatencyMs { get; init; }

    public string Error { get; init; } = "";
}
