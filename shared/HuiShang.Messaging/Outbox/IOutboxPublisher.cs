namespace HuiShang.Messaging.Outbox;

/// <summary>The dispatcher's only way out to the broker (a seam for fault-injection tests).</summary>
internal interface IOutboxPublisher
{
    /// <summary>Completes only after the broker accepted the message (publisher confirm on RabbitMQ).</summary>
    Task PublishAsync(object message, Type messageType, Guid messageId, CancellationToken cancellationToken);
}
