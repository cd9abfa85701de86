using System.Text.Json;

namespace HuiShang.Messaging.Outbox;

/// <summary>One serializer setting for writing and reading outbox bodies (the same as MassTransit's web defaults).</summary>
internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
