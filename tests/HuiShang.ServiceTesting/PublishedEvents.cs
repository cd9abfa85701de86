using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceTesting;

/// <summary>
/// A throwaway queue bound to <typeparamref name="T"/> on the service's own bus: what arrives here
/// really went out through the outbox dispatcher and the transport (or, for faults, the consumer's error path).
/// </summary>
public sealed class PublishedEvents<T>
    where T : class
{
    private readonly ConcurrentQueue<ConsumeContext<T>> _received = new();

    public IReadOnlyList<ConsumeContext<T>> Received => _received.ToList();

    public static async Task<PublishedEvents<T>> ConnectAsync(IServiceProvider services)
    {
        var events = new PublishedEvents<T>();
        var handle = services.GetRequiredService<IBus>().ConnectReceiveEndpoint($"test-{Guid.NewGuid():N}", endpoint =>
            endpoint.Handler<T>(context =>
            {
                events._received.Enqueue(context);
                return Task.CompletedTask;
            }));
        await handle.Ready;
        return events;
    }
}
