using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Support;
using MassTransit;

namespace HuiShang.Messaging.Tests.Consumers;

/// <summary>
/// An inbox consumer as a service writes one: changes state (one AppliedMessage row per application)
/// and, for a negative number, stages a follow-up event through the outbox in the same transaction.
/// </summary>
public sealed class OrderPlacedConsumer(TestDbContext db, IEventOutbox outbox, Deliveries deliveries)
    : InboxConsumer<OrderPlaced, TestDbContext>(db)
{
    protected override async Task HandleAsync(OrderPlaced message, ConsumeContext<OrderPlaced> context, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedMessage { MessageId = context.MessageId!.Value, Number = message.Number });
        if (message.Number < 0)
        {
            outbox.Add(new OrderShipped(message.OrderId, -message.Number));
        }
        if (deliveries.HandlerDelay > TimeSpan.Zero)
        {
            await Task.Delay(deliveries.HandlerDelay, cancellationToken);
        }
    }
}
