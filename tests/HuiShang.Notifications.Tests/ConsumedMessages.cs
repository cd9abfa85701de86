using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Notifications.Tests;

/// <summary>Counts finished consumes of <typeparamref name="T"/> on the service's bus (applied or skipped as duplicates).</summary>
internal sealed class ConsumedMessages<T> : IConsumeMessageObserver<T>
    where T : class
{
    private int _consumed;
    private int _faulted;

    public int Consumed => Volatile.Read(ref _consumed);

    public int Faulted => Volatile.Read(ref _faulted);

    public static ConsumedMessages<T> Connect(IServiceProvider services)
    {
        var observer = new ConsumedMessages<T>();
        services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(observer);
        return observer;
    }

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception)
    {
        Interlocked.Increment(ref _faulted);
        return Task.CompletedTask;
    }
}
