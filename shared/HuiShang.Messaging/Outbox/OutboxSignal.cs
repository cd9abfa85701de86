using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher of one DbContext right after a commit that staged events. Signals coalesce:
/// one pending wake-up is enough because a wake-up drains everything unsent.
/// </summary>
internal sealed class OutboxSignal<TDbContext> where TDbContext : DbContext
{
    private readonly Channel<bool> _channel =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_channel.Reader.TryRead(out _))
        {
            return;
        }
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval elapsed: the dispatcher looks anyway.
        }
    }
}
