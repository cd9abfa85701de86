using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Support;
using MassTransit;

namespace HuiShang.Messaging.Tests.Consumers;

/// <summary>Always fails after changing state: the change must roll back and the message end in _error.</summary>
public sealed class OrderRejectedConsumer(TestDbContext db) : InboxConsumer<OrderRejected, TestDbContext>(db)
{
    public const string Failure = "Rejection handler fails on purpose.";

    protected override Task HandleAsync(OrderRejected message, ConsumeContext<OrderRejected> context, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedMessage { MessageId = context.MessageId!.Value, Number = -1 });
        throw new InvalidOperationException(Failure);
    }
}
