namespace HuiShang.Messaging;

/// <summary>
/// A message a consumer has applied (table "inbox_messages", key (MessageId, Consumer)): a second
/// delivery of the same message id to the same consumer is acknowledged and skipped.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public string Consumer { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
