using System.Text.Json;
using V1 = HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Gateway.Subscriptions;

internal static class SubscriptionMapping
{
    public static SubscriptionResponse ToResponse(V1.Subscription s) => new(
        s.Id, s.Url, [.. s.EventTypes], Blank(s.FilterRegion), Blank(s.Description), s.Status, Blank(s.StatusReason), s.ScopeLevel, s.ScopeRegion,
        WireValues.ParseInstant(s.CreatedAt, "created_at"), WireValues.ParseInstant(s.PreviousSecretExpiresAt, "previous_secret_expires_at"));

    public static SubscriptionCreatedResponse ToResponse(V1.SubscriptionWithSecret s) => new(ToResponse(s.Subscription), s.Secret);

    public static SubscriptionListResponse ToResponse(V1.ListSubscriptionsReply reply) =>
        new([.. reply.Items.Select(ToResponse)], PageParameters.Next(reply.Page));

    public static DeliveryResponse ToResponse(V1.Delivery d) => new(
        d.Id, d.EventId, d.EventType, d.Subject, d.Status, d.AttemptCount,
        WireValues.ParseInstant(d.CreatedAt, "created_at"), WireValues.ParseInstant(d.LastAttemptAt, "last_attempt_at"),
        d.LastStatusCode == 0 ? null : d.LastStatusCode, d.LastLatencyMs, Blank(d.LastError), WireValues.ParseInstant(d.NextAttemptAt, "next_attempt_at"),
        [.. d.Attempts.Select(a => new DeliveryAttemptResponse(WireValues.ParseInstant(a.At, "at"), a.StatusCode == 0 ? null : a.StatusCode, a.LatencyMs, Blank(a.Error)))]);

    public static DeliveryListResponse ToResponse(V1.ListDeliveriesReply reply) =>
        new([.. reply.Items.Select(ToResponse)], PageParameters.Next(reply.Page));

    public static EventTypeListResponse ToResponse(V1.ListEventTypesReply reply) =>
        new([.. reply.Items.Select(t => new EventTypeResponse(t.Type, t.Description, Json(t.DataSchemaJson), Json(t.ExampleJson)))]);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
