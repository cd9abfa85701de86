namespace HuiShang.Messaging;

/// <summary>
/// An integration event staged in the same transaction as the state change that caused it, waiting
/// for the dispatcher to publish it (table "outbox_messages").
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Store-generated; the publish order.</summary>
    public long Sequence { get; set; }

    /// <summary>Becomes the MassTransit MessageId, so a consumer's inbox drops a re-dispatch.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Full type name (no assembly), resolved against the loaded contract assemblies.</summary>
    public string MessageType { get; set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set only after the broker confirmed the publish; null while waiting.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed dispatch attempts (publish failures, unknown type).</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed: kept on the row so a stuck event is visible.</summary>
    public string? LastError { get; set; }

    /// <summary>W3C traceparent of the activity that staged the event.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }
}
