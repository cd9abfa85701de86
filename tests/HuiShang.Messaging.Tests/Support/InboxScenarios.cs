using HuiShang.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>Inbox checks run against each provider.</summary>
internal static class InboxScenarios
{
    /// <summary>
    /// Eight deliveries of one message id race, each on its own connection, each handler slow enough
    /// that they overlap: exactly one applies, the others are duplicates, none fails.
    /// </summary>
    public static async Task RacingDuplicatesApplyOnceAsync(TestDatabase database)
    {
        var messageId = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            return await InboxTransaction.RunAsync(db, messageId, "racer", TimeProvider.System, async ct =>
            {
                db.Applied.Add(new AppliedMessage { MessageId = messageId, Number = 1 });
                await Task.Delay(100, ct);
            }, CancellationToken.None);
        })));

        Assert.Equal(1, results.Count(applied => applied));
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Applied.CountAsync(a => a.MessageId == messageId));
        Assert.Equal(1, await check.Inbox.CountAsync(i => i.MessageId == messageId));
    }

    /// <summary>A handler that throws leaves neither its changes nor the inbox row; the next delivery applies.</summary>
    public static async Task FailedHandlerLeavesNothingAsync(TestDatabase database)
    {
        var messageId = Guid.NewGuid();
        await using var db = database.CreateContext();
        await Assert.ThrowsAsync<InvalidOperationException>(() => InboxTransaction.RunAsync(db, messageId, "c", TimeProvider.System, _ =>
        {
            db.Applied.Add(new AppliedMessage { MessageId = messageId });
            throw new InvalidOperationException("handler failed");
        }, CancellationToken.None));
        Assert.False(await db.Applied.AnyAsync(a => a.MessageId == messageId));
        Assert.False(await db.Inbox.AnyAsync(i => i.MessageId == messageId));

        Assert.True(await InboxTransaction.RunAsync(db, messageId, "c", TimeProvider.System, _ =>
        {
            db.Applied.Add(new AppliedMessage { MessageId = messageId });
            return Task.CompletedTask;
        }, CancellationToken.None));
        // Same id, another consumer: its own inbox entry, applied too.
        Assert.True(await InboxTransaction.RunAsync(db, messageId, "other", TimeProvider.System, _ => Task.CompletedTask, CancellationToken.None));
        Assert.False(await InboxTransaction.RunAsync(db, messageId, "c", TimeProvider.System, _ => Task.CompletedTask, CancellationToken.None));
        Assert.Equal(1, await db.Applied.CountAsync(a => a.MessageId == messageId));
    }
}
