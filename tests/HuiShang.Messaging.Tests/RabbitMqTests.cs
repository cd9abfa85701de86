using HuiShang.Messaging.Tests.Consumers;
using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Fixtures;
using HuiShang.Messaging.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace HuiShang.Messaging.Tests;

/// <summary>The outbox and inbox against a real RabbitMQ node, on SQLite and on PostgreSQL.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqTests(RabbitMqFixture rabbit, PostgresFixture postgres)
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}"[..9] + "-";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Events_committed_while_the_broker_is_down_are_all_delivered_once_after_it_returns(string provider)
    {
        const int n = 50;
        await using var database = await CreateDatabaseAsync(provider);
        await using var host = await StartHostAsync(database);
        await rabbit.StopBrokerAsync();
        try
        {
            for (var i = 1; i <= n; i++)
            {
                var number = i;
                await host.InScopeAsync(async (db, outbox) =>
                {
                    db.Orders.Add(Samples.Order($"order {number}"));
                    outbox.Add(new OrderPlaced(Guid.NewGuid(), number));
                    await db.SaveChangesAsync();
                });
            }
            await using var waiting = database.CreateContext();
            // The dispatcher tried, failed visibly, and kept every row.
            await Eventually.TrueAsync(
                async () => (await waiting.Outbox.AsNoTracking().OrderBy(m => m.Sequence).FirstAsync()).LastError?.StartsWith("Publish", StringComparison.Ordinal) == true,
                TimeSpan.FromSeconds(20), "a recorded publish failure while the broker is down");
            Assert.Equal(n, await waiting.Outbox.CountAsync(m => m.SentAt == null));
            Assert.Equal(n, await waiting.Orders.CountAsync());
        }
        finally
        {
            await rabbit.StartBrokerAgainAsync();
        }

        await using var db = database.CreateContext();
        await Eventually.TrueAsync(async () => await db.Applied.CountAsync() >= n, TimeSpan.FromSeconds(90), $"{n} events applied after the broker returned");
        await Eventually.TrueAsync(() => db.Outbox.AllAsync(m => m.SentAt != null), TimeSpan.FromSeconds(10), "all rows sent");
        await Task.Delay(500);
        var applied = await db.Applied.ToListAsync();
        Assert.Equal(n, applied.Count);
        Assert.Equal(Enumerable.Range(1, n), applied.Select(a => a.Number).Order());
        var outboxIds = await db.Outbox.Select(m => m.MessageId).ToListAsync();
        Assert.Equal(outboxIds.Order(), applied.Select(a => a.MessageId).Order());
        Assert.Equal(n, await db.Inbox.CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Message_whose_consumer_always_throws_ends_in_the_error_queue_after_retries(string provider)
    {
        await using var database = await CreateDatabaseAsync(provider);
        await using var host = await StartHostAsync(database);
        var rejected = new OrderRejected(Guid.NewGuid(), "over the cap");
        await host.InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(rejected);
            await db.SaveChangesAsync();
        });

        var errorQueue = new DefaultEndpointNameFormatter(_prefix, false).Consumer<OrderRejectedConsumer>() + "_error";
        BasicGetResult? faulted = null;
        await Eventually.TrueAsync(
            async () => (faulted = await BrokerQueues.GetAsync(rabbit.ConnectionString, errorQueue)) is not null,
            TimeSpan.FromSeconds(30), $"the message in {errorQueue}");
        await using var db = database.CreateContext();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(row.MessageId.ToString(), faulted!.BasicProperties.MessageId);
        Assert.Contains(OrderRejectedConsumer.Failure, BrokerQueues.Header(faulted, "MT-Fault-Message"), StringComparison.Ordinal);
        Assert.Contains(rejected.OrderId.ToString(), System.Text.Encoding.UTF8.GetString(faulted.Body.Span), StringComparison.Ordinal);
        // Every attempt rolled back: neither the handler's change nor an inbox row remains.
        Assert.False(await db.Applied.AnyAsync());
        Assert.False(await db.Inbox.AnyAsync());
        Assert.NotNull(row.SentAt);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Redispatch_of_a_sent_event_crosses_the_broker_again_and_is_applied_once(string provider)
    {
        await using var database = await CreateDatabaseAsync(provider);
        await using var host = await StartHostAsync(database);
        await host.InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(new OrderPlaced(Guid.NewGuid(), 1));
            await db.SaveChangesAsync();
        });
        await using var db = database.CreateContext();
        await Eventually.TrueAsync(() => db.Applied.AnyAsync(), TimeSpan.FromSeconds(10), "first application");
        // The consumer can commit before the dispatcher records the confirm: wait for both.
        await Eventually.TrueAsync(() => db.Outbox.AnyAsync(m => m.SentAt != null), TimeSpan.FromSeconds(10), "the row marked sent");
        var row = await db.Outbox.SingleAsync();

        // A dispatcher that crashed after the broker's confirm but before marking the row sent.
        row.SentAt = null;
        await db.SaveChangesAsync();
        await host.InScopeAsync(async (requestDb, outbox) =>
        {
            outbox.Add(new OrderShipped(Guid.NewGuid(), 1));
            await requestDb.SaveChangesAsync();
        });

        await Eventually.TrueAsync(() => host.Deliveries.CompletedFor(row.MessageId) == 2, TimeSpan.FromSeconds(10), "the second delivery");
        Assert.Equal(2, host.Publisher.Published.Count(p => p.MessageId == row.MessageId));
        Assert.Equal(1, await db.Applied.CountAsync());
        Assert.Equal(1, await db.Inbox.CountAsync());
    }

    private async Task<TestDatabase> CreateDatabaseAsync(string provider) =>
        provider == "postgres" ? await postgres.CreateDatabaseAsync() : await SqliteTestDatabase.CreateAsync();

    private Task<TestHost> StartHostAsync(TestDatabase database) =>
        TestHost.StartAsync(database, rabbit.ConnectionString, queuePrefix: _prefix);
}
