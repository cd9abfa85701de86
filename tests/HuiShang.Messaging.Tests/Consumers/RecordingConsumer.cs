using System.Diagnostics;
using HuiShang.Contracts.Events;
using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Support;
using MassTransit;

namespace HuiShang.Messaging.Tests.Consumers;

/// <summary>A plain (non-inbox) consumer that records what arrived, with its MessageId and trace id.</summary>
public sealed class RecordingConsumer(Deliveries deliveries) : IConsumer<ProposalSubmitted>, IConsumer<OrderShipped>
{
    public Task Consume(ConsumeContext<ProposalSubmitted> context) => Record(context);

    public Task Consume(ConsumeContext<OrderShipped> context) => Record(context);

    private Task Record<T>(ConsumeContext<T> context) where T : class
    {
        deliveries.Received.Enqueue(new Delivery(
            context.MessageId ?? Guid.Empty, context.Message, Activity.Current?.TraceId.ToString() ?? ""));
        return Task.CompletedTask;
    }
}
