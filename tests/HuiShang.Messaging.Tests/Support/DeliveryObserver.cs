using System.Diagnostics;
using MassTransit;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>
/// Counts deliveries that completed, including duplicates the inbox acknowledged without applying,
/// so a test can wait until the second copy has really been handled.
/// </summary>
public sealed class DeliveryObserver(Deliveries deliveries) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        deliveries.Completed.Enqueue(new Delivery(
            context.MessageId ?? Guid.Empty, context.Message, Activity.Current?.TraceId.ToString() ?? ""));
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
