using Google.Protobuf.WellKnownTypes;
using HuiShang.Notifications.Domain.Webhooks;
using V1 = HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Notifications.Grpc;

/// <summary>Subscriptions and deliveries → proto, by hand; the secret never (it is returned once, by the caller of these).</summary>
internal static class SubscriptionMessages
{
    public static V1.Subscription ToMessage(this Subscription subscription)
    {
        var message = new V1.Subscription
        {
            Id = subscription.Id.ToString(),
            Url = subscription.Url,
            FilterRegion = subscription.FilterRegion,
            Description = subscription.Description,
            Status = subscription.Status,
            StatusReason = subscription.StatusReason,
            ScopeRegion = subscription.ScopeRegion,
            ScopeLevel = subscription.ScopeLevel,
            CreatedAt = Timestamp.FromDateTimeOffset(subscription.CreatedAt),
            PreviousSecretExpiresAt = subscription.PreviousSecretExpiresAt is { } until ? Timestamp.FromDateTimeOffset(until) : null,
        };
        message.EventTypes.AddRange(subscription.EventTypeList);
        return message;
    }

    public static V1.Delivery ToMessage(this WebhookDelivery delivery)
    {
        var message = new V1.Delivery
        {
            Id = delivery.Id.ToString(),
            SubscriptionId = delivery.SubscriptionId.ToString(),
            EventId = delivery.EventId.ToString(),
            EventType = delivery.EventType,
            Subject = delivery.Subject,
            Status = delivery.Status,
            AttemptCount = delivery.AttemptCount,
            CreatedAt = Timestamp.FromDateTimeOffset(delivery.CreatedAt),
            LastAttemptAt = delivery.LastAttemptAt is { } last ? Timestamp.FromDateTimeOffset(last) : null,
            LastStatusCode = delivery.LastStatusCode,
            LastLatencyMs = delivery.LastLatencyMs,
            LastError = delivery.LastError,
            NextAttemptAt = delivery.NextAttemptAt is { } next ? Timestamp.FromDateTimeOffset(next) : null,
        };
        message.Attempts.AddRange(delivery.Attempts.OrderBy(a => a.At).Select(a => new V1.DeliveryAttempt
        {
            At = Timestamp.FromDateTimeOffset(a.At),
            StatusCode = a.StatusCode,
            LatencyMs = a.LatencyMs,
            Error = a.Error,
        }));
        return message;
    }
}
