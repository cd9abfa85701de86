namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>
/// A system's webhook subscription: where to POST which events of which region, and the secret that
/// signs them. Owned by a function (role + region), like an inbox entry, so a replaced machine client
/// of the same city keeps managing it.
/// </summary>
public sealed class Subscription
{
    public Guid Id { get; init; }

    public required string OwnerRole { get; init; }

    public required string OwnerRegion { get; init; }

    public required string OwnerSubject { get; init; }

    public required string ScopeLevel { get; init; }

    public required string ScopeRegion { get; init; }

    public SubscriptionScope Scope => new(ScopeLevel, ScopeRegion);

    public required string Url { get; init; }

    /// <summary>Event types, space-separated; "" = every type.</summary>
    public string EventTypes { get; init; } = "";

    /// <summary>"" or a region inside <see cref="Scope"/> whose events alone are wanted.</summary>
    public string FilterRegion { get; init; } = "";

    public string Description { get; init; } = "";

    public string Status { get; private set; } = SubscriptionStatus.Active;

    public string StatusReason { get; private set; } = "";

    /// <summary>Signs deliveries; shown to the owner once, when made or rotated.</summary>
    public string Secret { get; private set; } = WebhookSecret.New();

    public string PreviousSecret { get; private set; } = "";

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<string> EventTypeList => EventTypes.Length == 0 ? [] : EventTypes.Split(' ');

    /// <summary>Whether an event of this type about this region is for this subscription (tenancy, filter, types).</summary>
    public bool Wants(string eventType, string regionCode) =>
        Status != SubscriptionStatus.Disabled
        && Scope.Covers(regionCode)
        && (FilterRegion.Length == 0 || FilterRegion == regionCode || Regions.ParentOf(regionCode) == FilterRegion)
        && (EventTypes.Length == 0 || EventTypeList.Contains(eventType, StringComparer.Ordinal));

    /// <summary>The secrets that sign a message sent at <paramref name="now"/>: the current one, and the previous during its grace period.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecretExpiresAt is { } until && until > now && PreviousSecret.Length > 0 ? [Secret, PreviousSecret] : [Secret];

    public void Pause(string reason) => SetStatus(SubscriptionStatus.Paused, reason);

    public void Resume() => SetStatus(SubscriptionStatus.Active, "");

    /// <summary>410 Gone: the receiver says the endpoint no longer exists; only a new subscription starts again.</summary>
    public void Disable(string reason) => SetStatus(SubscriptionStatus.Disabled, reason);

    public string RotateSecret(DateTimeOffset now, TimeSpan grace)
    {
        PreviousSecret = Secret;
        PreviousSecretExpiresAt = now + grace;
        Secret = WebhookSecret.New();
        return Secret;
    }

    private void SetStatus(string status, string reason)
    {
        if (Status == SubscriptionStatus.Disabled)
        {
            throw new HuiShang.ServiceDefaults.Problems.InvalidStateException("The subscription was disabled because its receiver answered 410 Gone; create a new one.");
        }

        Status = status;
        StatusReason = reason.Length <= WebhookLimits.Reason ? reason : reason[..WebhookLimits.Reason];
    }
}
