using System.Collections.Concurrent;
using HuiShang.Messaging.Outbox;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>
/// Wraps the real bus publisher: records what the broker accepted, in order, and fails publishes on
/// demand (a broker that refuses, without stopping one).
/// </summary>
internal sealed class RecordingPublisher(IOutboxPublisher inner) : IOutboxPublisher
{
    private volatile Func<object, bool>? _failWhen;
    private int _failures;

    public ConcurrentQueue<(Guid MessageId, object Message)> Published { get; } = new();

    public int Failures => Volatile.Read(ref _failures);

    public void FailWhen(Func<object, bool>? predicate) => _failWhen = predicate;

    public async Task PublishAsync(object message, Type messageType, Guid messageId, CancellationToken cancellationToken)
    {
        if (_failWhen?.Invoke(message) == true)
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("Injected publish failure.");
        }
        await inner.PublishAsync(message, messageType, messageId, cancellationToken);
        Published.Enqueue((messageId, message));
    }
}
