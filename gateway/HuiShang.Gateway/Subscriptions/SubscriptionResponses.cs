namespace HuiShang.Gateway.Subscriptions;

/// <summary>A subscription; <c>scopeLevel</c> city | jurisdiction | all with <c>scopeRegion</c>; status active | paused | disabled.</summary>
public sealed record SubscriptionResponse(
    string Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? FilterRegion,
    string? Description,
    string Status,
    string? StatusReason,
    string ScopeLevel,
    string ScopeRegion,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>A subscription with its signing secret (whsec_…), shown only in this answer.</summary>
public sealed record SubscriptionCreatedResponse(SubscriptionResponse Subscription, string Secret);

public sealed record SubscriptionListResponse(IReadOnlyList<SubscriptionResponse> Items, string? NextCursor);

/// <summary>One event for one subscription: <c>eventId</c> is the CloudEvent id and the webhook-id.</summary>
public sealed record DeliveryResponse(
    string Id,
    string EventId,
    string EventType,
    string Subject,
    string Status,
    int AttemptCount,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    int LastLatencyMs,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    IReadOnlyList<DeliveryAttemptResponse> Attempts);

/// <summary>One POST: the receiver's status (null: no answer), how long it took, what went wrong.</summary>
public sealed record DeliveryAttemptResponse(DateTimeOffset? At, int? StatusCode, int LatencyMs, string? Error);

public sealed record DeliveryListResponse(IReadOnlyList<DeliveryResponse> Items, string? NextCursor);

public sealed record ReplayResponse(int ScheduledCount);

/// <summary>An event type: <c>dataSchema</c> is the JSON Schema of the CloudEvent's data, <c>example</c> a whole CloudEvent.</summary>
public sealed record EventTypeResponse(string Type, string Description, System.Text.Json.JsonElement DataSchema, System.Text.Json.JsonElement Example);

public sealed record EventTypeListResponse(IReadOnlyList<EventTypeResponse> Items);
