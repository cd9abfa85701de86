using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Google.Protobuf.WellKnownTypes;
using V1 = HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Gateway.Subscriptions;

/// <summary>api.md POST /api/subscriptions.</summary>
public sealed record CreateSubscriptionRequest
{
    [Required, Description("Where to POST the events: https://… (only an allow-listed local target may be http).")]
    public string? Url { get; init; }

    [Description("Event types from GET /api/event-types; omitted or empty: every type.")]
    public IReadOnlyList<string?>? EventTypes { get; init; }

    [Description("Only events of this region (a city or district inside the caller's own).")]
    public string? FilterRegion { get; init; }

    public string? Description { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("url", Url);
        errors.NoNullEntries("eventTypes", EventTypes);
        return errors;
    }

    public V1.CreateSubscriptionRequest ToMessage()
    {
        var message = new V1.CreateSubscriptionRequest { Url = Url ?? "", FilterRegion = FilterRegion ?? "", Description = Description ?? "" };
        message.EventTypes.AddRange((EventTypes ?? []).Select(t => t ?? ""));
        return message;
    }
}

/// <summary>api.md POST /api/subscriptions/{id}/replay: resend the deliveries of events in [from, to).</summary>
public sealed record ReplayRequest
{
    [Required]
    public DateTimeOffset? From { get; init; }

    [Required]
    public DateTimeOffset? To { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("from", From);
        errors.Present("to", To);
        if (From is { } from && To is { } to && to <= from)
        {
            errors.Add("to", "After from.");
        }

        return errors;
    }

    public V1.ReplayRequest ToMessage(Guid id) => new()
    {
        SubscriptionId = id.ToString(),
        From = Timestamp.FromDateTimeOffset(From!.Value),
        To = Timestamp.FromDateTimeOffset(To!.Value),
    };
}
