using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Publishes the outbox of one DbContext: woken by the commit signal, and on a slow poll for rows
/// left by a process that died between commit and publish. After a failed publish it backs off
/// exponentially (capped) and tries again, forever: a row is never dropped.
/// </summary>
internal sealed class OutboxDispatcher<TDbContext>(
    OutboxDrain<TDbContext> drain, OutboxSignal<TDbContext> signal, IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options, TimeProvider time, ILogger<OutboxDispatcher<TDbContext>> logger)
    : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan ContendedWait = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var nextPrune = time.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var outcome = await DrainSafelyAsync(stoppingToken);
                if (time.GetUtcNow() >= nextPrune)
                {
                    await PruneSafelyAsync(stoppingToken);
                    nextPrune = time.GetUtcNow() + options.Value.PruneInterval;
                }
                switch (outcome)
                {
                    case DrainOutcome.Failed:
                        // Signals are not heeded while backing off: during a broker outage every
                        // commit would otherwise trigger another attempt that waits for a timeout.
                        await Task.Delay(Backoff(failures++), time, stoppingToken);
                        break;
                    case DrainOutcome.Contended:
                        await signal.WaitAsync(Min(ContendedWait, options.Value.PollInterval), stoppingToken);
                        break;
                    default:
                        failures = 0;
                        await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping; unsent rows stay for the next start.
        }
    }

    private async Task<DrainOutcome> DrainSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await drain.DrainAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database itself failed (down, locked, migrated away): same back-off as the broker.
            logger.LogError(ex, "Outbox dispatch of {DbContext} failed; retrying with back-off", typeof(TDbContext).Name);
            return DrainOutcome.Failed;
        }
    }

    private async Task PruneSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            await OutboxPruner.PruneAsync(db, options.Value, time.GetUtcNow(), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Pruning the outbox/inbox of {DbContext} failed; will try again", typeof(TDbContext).Name);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures, 20));
        return Min(options.Value.RetryBaseDelay * factor, options.Value.RetryMaxDelay);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
