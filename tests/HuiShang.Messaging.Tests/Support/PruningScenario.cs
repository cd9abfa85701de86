using HuiShang.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>Retention: old sent rows and old inbox rows go; unsent rows and recent rows stay.</summary>
internal static class PruningScenario
{
    public static async Task RunAsync(TestDatabase database)
    {
        var now = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));
        var options = new MessagingOptions { SentRetention = TimeSpan.FromDays(1), InboxRetention = TimeSpan.FromDays(14) };
        await using (var db = database.CreateContext())
        {
            db.Outbox.AddRange(
                Row("sent-old", created: now.AddDays(-3), sent: now.AddDays(-2)),
                Row("sent-recent", created: now.AddDays(-3), sent: now.AddHours(-23)),
                Row("unsent-ancient", created: now.AddDays(-30), sent: null));
            db.Inbox.AddRange(
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "inbox-old", ProcessedAt = now.AddDays(-15) },
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "inbox-recent", ProcessedAt = now.AddDays(-13) });
            await db.SaveChangesAsync();
        }

        await using var prune = database.CreateContext();
        Assert.Equal(2, await OutboxPruner.PruneAsync(prune, options, now, CancellationToken.None));

        Assert.Equal(["sent-recent", "unsent-ancient"], (await prune.Outbox.OrderBy(m => m.Sequence).ToListAsync()).Select(m => m.MessageType));
        Assert.Equal("inbox-recent", (await prune.Inbox.SingleAsync()).Consumer);
        // Instants survive the UTC conversion unchanged.
        Assert.Equal(now.AddHours(-23), (await prune.Outbox.FirstAsync()).SentAt);
    }

    private static OutboxMessage Row(string name, DateTimeOffset created, DateTimeOffset? sent) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = name,
        Body = "{}",
        CreatedAt = created,
        SentAt = sent,
    };
}
