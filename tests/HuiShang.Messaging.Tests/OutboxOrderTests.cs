using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests;

/// <summary>Publish order and the retry after a failed publish (in-memory transport, SQLite).</summary>
public sealed class OutboxOrderTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        // Small batches so a few hundred events cross many batch boundaries.
        _host = await TestHost.StartAsync(_database, tune: o => o.BatchSize = 16);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Many_events_over_many_commits_are_published_in_commit_order()
    {
        var number = 0;
        for (var commit = 1; commit <= 20; commit++)
        {
            await _host.InScopeAsync(async (db, outbox) =>
            {
                for (var i = 0; i < commit; i++)
                {
                    outbox.Add(new OrderPlaced(Guid.NewGuid(), ++number));
                }
                await db.SaveChangesAsync();
            });
        }

        await Eventually.TrueAsync(() => _host.Publisher.Published.Count >= number, TimeSpan.FromSeconds(20), $"{number} publishes");
        var published = _host.Publisher.Published.Select(p => ((OrderPlaced)p.Message).Number).ToList();
        Assert.Equal(Enumerable.Range(1, number), published);
        await using var db = _database.CreateContext();
        var bySequence = await db.Outbox.OrderBy(m => m.Sequence).Select(m => m.MessageId).ToListAsync();
        Assert.Equal(bySequence, _host.Publisher.Published.Select(p => p.MessageId));
        await Eventually.TrueAsync(() => db.Outbox.AllAsync(m => m.SentAt != null), TimeSpan.FromSeconds(5), "all rows marked sent");
    }

    [Fact]
    public async Task Failed_publish_stops_the_batch_is_retried_with_backoff_and_marks_sent_only_after_success()
    {
        _host.Publisher.FailWhen(m => m is OrderPlaced { Number: 5 });
        await _host.InScopeAsync(async (db, outbox) =>
        {
            for (var n = 1; n <= 10; n++)
            {
                outbox.Add(new OrderPlaced(Guid.NewGuid(), n));
            }
            await db.SaveChangesAsync();
        });

        await using var db = _database.CreateContext();
        await Eventually.TrueAsync(
            async () => (await Row(db, 5)).Attempts >= 3, TimeSpan.FromSeconds(10), "three failed attempts recorded on event 5");
        Assert.Equal([1, 2, 3, 4], _host.Publisher.Published.Select(p => ((OrderPlaced)p.Message).Number));
        var failing = await Row(db, 5);
        Assert.Null(failing.SentAt);
        Assert.Contains("Injected publish failure", failing.LastError, StringComparison.Ordinal);
        for (var n = 6; n <= 10; n++)
        {
            var later = await Row(db, n);
            Assert.True(later is { SentAt: null, Attempts: 0 }, $"event {n} must wait behind event 5");
        }
        Assert.All(await db.Outbox.AsNoTracking().OrderBy(m => m.Sequence).Take(4).ToListAsync(), m => Assert.NotNull(m.SentAt));

        var failures = _host.Publisher.Failures;
        _host.Publisher.FailWhen(null);
        await Eventually.TrueAsync(() => db.Outbox.AllAsync(m => m.SentAt != null), TimeSpan.FromSeconds(10), "all rows sent after recovery");
        Assert.Equal(Enumerable.Range(1, 10), _host.Publisher.Published.Select(p => ((OrderPlaced)p.Message).Number));
        var recovered = await Row(db, 5);
        Assert.InRange(recovered.Attempts, failures, failures + 1);
        Assert.Null(recovered.LastError);
        // Back-off: 100 ms doubling, so a few failures, not hundreds, in the time it took.
        Assert.InRange(failures, 3, 15);
    }

    private static async Task<OutboxMessage> Row(TestDbContext db, int number)
    {
        var rows = await db.Outbox.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        return rows[number - 1];
    }
}
