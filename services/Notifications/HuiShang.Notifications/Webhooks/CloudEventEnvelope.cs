using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// An integration event as the CloudEvents 1.0 structured JSON a subscriber receives (api.md): id =
/// the integration event's message id, source = the region it is about, subject = the record id,
/// data = the event's own fields in camelCase (their schema is in the event catalogue).
/// </summary>
public static class CloudEventEnvelope
{
    public const string MediaType = "application/cloudevents+json";

    /// <summary>The data's own serialization: camelCase, as the rest of the API.</summary>
    public static readonly JsonSerializerOptions DataJson = ReadOnly(new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        // Numbers are numbers: the schema then says "integer", not "string or integer".
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    });

    private static readonly JsonEventFormatter Formatter = new(DataJson, default);

    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        // Read-only before first use: the schema exporter (event catalogue) requires it.
        options.MakeReadOnly();
        return options;
    }

    public static Uri SourceOf(string regionCode) => new($"https://huishang.dev/regions/{Uri.EscapeDataString(regionCode)}");

    public static string Encode<TData>(Guid id, string type, string subject, string regionCode, DateTimeOffset time, TData data)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = id.ToString(),
            Source = SourceOf(regionCode),
            Type = type,
            Subject = subject,
            Time = time,
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(data, DataJson),
        };
        return Encoding.UTF8.GetString(Formatter.EncodeStructuredModeMessage(cloudEvent, out _).Span);
    }
}
