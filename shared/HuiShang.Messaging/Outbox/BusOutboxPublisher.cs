using MassTransit;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Publishes through the MassTransit bus. On RabbitMQ, MassTransit enables publisher confirms by
/// default (and AddMessaging sets it explicitly): Publish completes only when the broker has
/// acknowledged the message, which is what lets the dispatcher mark the row sent afterwards.
/// </summary>
internal sealed class BusOutboxPublisher(IBus bus) : IOutboxPublisher
{
    public Task PublishAsync(object message, Type messageType, Guid messageId, CancellationToken cancellationToken) =>
        // The outbox id becomes the MessageId, so a re-dispatch after a crash is dropped by the inbox.
        bus.Publish(message, messageType, Pipe.Execute<PublishContext>(context => context.MessageId = messageId), cancellationToken);
}
