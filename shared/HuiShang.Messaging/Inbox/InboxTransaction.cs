using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Inbox;

/// <summary>The inbox protocol: claim (MessageId, consumer) and apply the handler in one transaction.</summary>
internal static class InboxTransaction
{
    /// <returns>True when the handler was applied; false for a duplicate.</returns>
    public static async Task<bool> RunAsync(
        DbContext db, Guid messageId, string consumer, TimeProvider time,
        Func<CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        // Through the execution strategy so a service that enabled retry-on-failure keeps working
        // (EF refuses user transactions otherwise); each attempt starts from a clean change tracker.
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                // SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) takes the write lock now,
                // so two deliveries of one message run one after the other and the second sees the row.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (await ExistsAsync(db, messageId, consumer, ct))
                {
                    return false;
                }
                db.Set<InboxMessage>().Add(new InboxMessage
                {
                    MessageId = messageId,
                    Consumer = consumer,
                    ProcessedAt = time.GetUtcNow(),
                });
                // Claim before applying: in PostgreSQL a concurrent delivery blocks on this key until
                // we finish and then fails with a unique violation, instead of running the handler too.
                await db.SaveChangesAsync(ct);
                await handle(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Rolled back. If the key is there now, a concurrent delivery won the race: a duplicate,
            // acknowledged. Otherwise the failure is real and goes to retry, then _error.
            db.ChangeTracker.Clear();
            if (await ExistsAsync(db, messageId, consumer, CancellationToken.None))
            {
                return false;
            }
            throw;
        }
        catch
        {
            // Nothing of a failed attempt may ride along with the next SaveChanges on this context.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static Task<bool> ExistsAsync(DbContext db, Guid messageId, string consumer, CancellationToken ct) =>
        db.Set<InboxMessage>().AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct);
}
