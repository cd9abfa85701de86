using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// One pass over the unsent rows, in Sequence order, batch by batch. A row is marked sent only
/// after its publish returned (broker confirmed); the first publish failure ends the pass so later
/// rows never overtake it. A row that cannot be read (unknown type, bad JSON) keeps its error on the
/// row and is stepped over: it cannot succeed until a deployment fixes it, and must not stop the
/// rest of the service's events.
/// </summary>
internal sealed class OutboxDrain<TDbContext>(
    IServiceScopeFactory scopes, IOutboxPublisher publisher, EventTypeRegistry types,
    IOptions<MessagingOptions> options, TimeProvider time, ILogger<OutboxDrain<TDbContext>> logger)
    where TDbContext : DbContext
{
    public async Task<DrainOutcome> DrainAsync(CancellationToken stoppingToken)
    {
        // The cursor steps past unreadable rows within a pass; each pass starts from the lowest unsent.
        var cursor = long.MinValue;
        while (true)
        {
            var (outcome, count, last) = await SendBatchAsync(cursor, stoppingToken);
            if (outcome != DrainOutcome.Drained || count < options.Value.BatchSize)
            {
                return outcome;
            }
            cursor = last;
        }
    }

    private async Task<(DrainOutcome Outcome, int Count, long Last)> SendBatchAsync(long cursor, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var lease = await OutboxLease.AcquireAsync(db, stoppingToken);
        if (!lease.Acquired)
        {
            return (DrainOutcome.Contended, 0, cursor);
        }
        var rows = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.Sequence > cursor)
            .OrderBy(m => m.Sequence)
            .Take(options.Value.BatchSize)
            .ToListAsync(stoppingToken);
        var outcome = DrainOutcome.Drained;
        foreach (var row in rows)
        {
            if (stoppingToken.IsCancellationRequested || !await TrySendAsync(row, stoppingToken))
            {
                outcome = stoppingToken.IsCancellationRequested ? outcome : DrainOutcome.Failed;
                break;
            }
        }
        // Not cancellable: what the broker confirmed must be recorded, even while stopping.
        // If this save fails the rows go out again later; the consumers' inbox drops the copies.
        await db.SaveChangesAsync(CancellationToken.None);
        await lease.CommitAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return (outcome, rows.Count, rows.Count > 0 ? rows[^1].Sequence : cursor);
    }

    /// <returns>False when the publish failed and the pass must stop.</returns>
    private async Task<bool> TrySendAsync(OutboxMessage row, CancellationToken stoppingToken)
    {
        if (!TryRead(row, out var message, out var type))
        {
            return true;
        }
        try
        {
            using var activity = OutboxActivity.Restore(row);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(options.Value.PublishTimeout);
            await publisher.PublishAsync(message, type, row.MessageId, timeout.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (OperationCanceledException ex)
        {
            // MassTransit waits for a connection rather than failing while the broker is down:
            // only the timeout turns an outage into a recorded, retried failure.
            Fail(row, $"Publish not confirmed within {options.Value.PublishTimeout.TotalSeconds:0.#} s (broker unreachable or not confirming).");
            logger.LogWarning(ex, "Outbox message {Sequence} ({MessageType}, attempt {Attempts}) was not confirmed in time; retrying with back-off",
                row.Sequence, row.MessageType, row.Attempts);
            return false;
        }
        catch (Exception ex)
        {
            Fail(row, $"Publish failed: {ex.GetType().Name}: {ex.Message}");
            logger.LogWarning(ex, "Outbox message {Sequence} ({MessageType}, attempt {Attempts}) was not published; retrying with back-off",
                row.Sequence, row.MessageType, row.Attempts);
            return false;
        }
        row.SentAt = time.GetUtcNow();
        row.LastError = null;
        return true;
    }

    private bool TryRead(OutboxMessage row, out object message, out Type type)
    {
        message = null!;
        type = types.Resolve(row.MessageType)!;
        if (type is null)
        {
            Fail(row, $"Unknown message type '{row.MessageType}': no loaded assembly defines it.");
            logger.LogError("Outbox message {Sequence} names unknown type {MessageType}; kept unsent", row.Sequence, row.MessageType);
            return false;
        }
        try
        {
            message = JsonSerializer.Deserialize(row.Body, type, OutboxJson.Options)
                ?? throw new JsonException("The body is JSON null.");
            return true;
        }
        catch (JsonException ex)
        {
            Fail(row, $"Body does not deserialize as {row.MessageType}: {ex.Message}");
            logger.LogError(ex, "Outbox message {Sequence} has an unreadable body; kept unsent", row.Sequence);
            return false;
        }
    }

    private static void Fail(OutboxMessage row, string error)
    {
        row.Attempts++;
        row.LastError = OutboxLimits.Truncate(error, OutboxLimits.LastErrorLength);
    }
}
