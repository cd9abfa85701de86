using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Agreements.Tests;

/// <summary>A throwaway queue bound to <typeparamref name="T"/> on the service's own bus (here: consumer faults).</summary>
internal sealed class PublishedEvents<T>
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
