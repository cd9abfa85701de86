using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Deletes sent outbox rows after <see cref="MessagingOptions.SentRetention"/> (kept a while to
/// answer "was it published, when?") and inbox rows after <see cref="MessagingOptions.InboxRetention"/>
/// (which must outlast any redelivery: a message older than that would be applied again).
/// Unsent rows are never deleted.
/// </summary>
internal static class OutboxPruner
{
    public static async Task<int> PruneAsync(DbContext db, MessagingOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sentBefore = now - options.SentRetention;
        var processedBefore = now - options.InboxRetention;
        var outbox = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt != null && m.SentAt < sentBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Set<InboxMessage>()
            .Where(m => m.ProcessedAt < processedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return outbox + inbox;
    }
}
