using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Fixtures;
using HuiShang.Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests;

/// <summary>The outbox and inbox tables on a real PostgreSQL server (bus in memory).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Racing_duplicates_apply_once()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await InboxScenarios.RacingDuplicatesApplyOnceAsync(database);
    }

    [Fact]
    public async Task Failed_handler_rolls_back_its_changes_and_the_inbox_row()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await InboxScenarios.FailedHandlerLeavesNothingAsync(database);
    }

    [Fact]
    public async Task Sent_rows_and_inbox_rows_are_pruned_after_retention()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await PruningScenario.RunAsync(database);
    }

    [Fact]
    public async Task Events_are_published_in_commit_order_and_marked_sent()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(database, tune: o => o.BatchSize = 16);
        for (var n = 1; n <= 100; n += 10)
        {
            var first = n;
            await host.InScopeAsync(async (db, outbox) =>
            {
                for (var i = first; i < first + 10; i++)
                {
                    outbox.Add(new OrderPlaced(Guid.NewGuid(), i));
                }
                await db.SaveChangesAsync();
            });
        }

        await Eventually.TrueAsync(() => host.Publisher.Published.Count >= 100, TimeSpan.FromSeconds(20), "100 publishes");
        Assert.Equal(Enumerable.Range(1, 100), host.Publisher.Published.Select(p => ((OrderPlaced)p.Message).Number));
        await using var check = database.CreateContext();
        await Eventually.TrueAsync(() => check.Outbox.AllAsync(m => m.SentAt != null), TimeSpan.FromSeconds(5), "all rows sent");
    }

    /// <summary>
    /// Two replicas share one database: the advisory-lock lease lets one dispatch at a time, so
    /// every event is published once, and each replica's publishes are in order.
    /// </summary>
    [Fact]
    public async Task Two_replicas_publish_every_event_once_and_in_order()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var first = await TestHost.StartAsync(database, tune: o => o.BatchSize = 8);
        await using var second = await TestHost.StartAsync(database, tune: o => o.BatchSize = 8);
        var number = 0;
        for (var commit = 0; commit < 40; commit++)
        {
            var host = commit % 2 == 0 ? first : second;
            await host.InScopeAsync(async (db, outbox) =>
            {
                for (var i = 0; i < 5; i++)
                {
                    outbox.Add(new OrderPlaced(Guid.NewGuid(), ++number));
                }
                await db.SaveChangesAsync();
            });
        }

        var total = () => first.Publisher.Published.Count + second.Publisher.Published.Count;
        await using var check = database.CreateContext();
        await Eventually.TrueAsync(() => check.Outbox.AllAsync(m => m.SentAt != null), TimeSpan.FromSeconds(30), "all rows sent");
        await Task.Delay(300);
        Assert.Equal(number, total());
        var all = first.Publisher.Published.Concat(second.Publisher.Published).Select(p => ((OrderPlaced)p.Message).Number);
        Assert.Equal(Enumerable.Range(1, number), all.Order());
        foreach (var replica in new[] { first, second })
        {
            var numbers = replica.Publisher.Published.Select(p => ((OrderPlaced)p.Message).Number).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }
}
