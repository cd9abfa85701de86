using HuiShang.Contracts.Events;
using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests;

/// <summary>Outbox → bus on the in-memory transport and SQLite: what is committed goes out once, promptly; nothing else does.</summary>
public sealed class OutboxPublishTests : IAsyncLifetime
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);
    private SqliteTestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _host = await TestHost.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Committed_event_is_published_once_promptly_with_the_outbox_message_id()
    {
        var proposal = Samples.Proposal();
        await _host.InScopeAsync(async (db, outbox) =>
        {
            db.Orders.Add(Samples.Order());
            outbox.Add(proposal);
            await db.SaveChangesAsync();
        });

        // The poll interval is a minute: arriving within seconds proves the commit signal woke the dispatcher.
        await Eventually.TrueAsync(() => !_host.Deliveries.Received.IsEmpty, Prompt, "the event to be consumed");
        await using var db = _database.CreateContext();
        var row = await db.Outbox.SingleAsync();
        await Eventually.TrueAsync(async () => (await db.Outbox.AsNoTracking().SingleAsync()).SentAt is not null, Prompt, "the row to be marked sent");
        await Task.Delay(300);
        var delivery = Assert.Single(_host.Deliveries.Received);
        Assert.Equal(row.MessageId, delivery.MessageId);
        Assert.Equal(proposal, delivery.Message);
        Assert.Equal(typeof(ProposalSubmitted).FullName, row.MessageType);
        var sent = await db.Outbox.AsNoTracking().SingleAsync();
        Assert.Equal(0, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task Event_of_a_failed_SaveChanges_is_neither_stored_nor_published()
    {
        var existing = Samples.Order();
        await _host.InScopeAsync(async (db, _) =>
        {
            db.Orders.Add(existing);
            await db.SaveChangesAsync();
        });
        await _host.InScopeAsync(async (db, outbox) =>
        {
            db.Orders.Add(new Order { Id = existing.Id, Name = "same key" });
            outbox.Add(Samples.Proposal("must not leave"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        await AssertOnlySentinelArrivesAsync();
    }

    [Fact]
    public async Task Event_of_a_rolled_back_transaction_is_neither_stored_nor_published()
    {
        await _host.InScopeAsync(async (db, outbox) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Orders.Add(Samples.Order());
            outbox.Add(Samples.Proposal("must not leave"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        await AssertOnlySentinelArrivesAsync();
    }

    [Fact]
    public async Task Event_staged_but_never_saved_is_not_published()
    {
        await _host.InScopeAsync((db, outbox) =>
        {
            db.Orders.Add(Samples.Order());
            outbox.Add(Samples.Proposal("must not leave"));
            return Task.CompletedTask;
        });

        await AssertOnlySentinelArrivesAsync();
    }

    [Fact]
    public async Task Event_saved_in_an_explicit_transaction_is_published_promptly_after_commit()
    {
        var proposal = Samples.Proposal();
        await _host.InScopeAsync(async (db, outbox) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Orders.Add(Samples.Order());
            outbox.Add(proposal);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        await Eventually.TrueAsync(() => _host.Deliveries.Received.Any(d => Equals(d.Message, proposal)), Prompt, "the event after commit");
    }

    [Fact]
    public async Task Follow_up_event_staged_by_an_inbox_consumer_is_published_promptly_after_its_commit()
    {
        var orderId = Guid.NewGuid();
        await _host.InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(new OrderPlaced(orderId, -7));
            await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(
            () => _host.Deliveries.Received.Any(d => Equals(d.Message, new OrderShipped(orderId, 7))), Prompt, "the consumer's follow-up event");
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.SentAt != null));
    }

    /// <summary>
    /// Publishes are in commit order, so once a later sentinel has arrived anything committed
    /// before it would have arrived too: "nothing else" is then a real observation, not a timeout.
    /// </summary>
    private async Task AssertOnlySentinelArrivesAsync()
    {
        var sentinel = Samples.Proposal("sentinel");
        await _host.InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(sentinel);
            await db.SaveChangesAsync();
        });
        await Eventually.TrueAsync(() => _host.Deliveries.Received.Any(d => Equals(d.Message, sentinel)), Prompt, "the sentinel");
        await Task.Delay(200);
        Assert.Equal(sentinel, Assert.Single(_host.Deliveries.Received).Message);
        await using var db = _database.CreateContext();
        Assert.Contains(sentinel.ProposalId.ToString(), (await db.Outbox.SingleAsync()).Body, StringComparison.Ordinal);
    }
}
