using HuiShang.Messaging.Tests.Consumers;
using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Messaging.Tests;

/// <summary>The inbox on SQLite: through the bus (in-memory transport) and racing directly.</summary>
public sealed class InboxTests : IAsyncLifetime
{
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
    public async Task Same_message_id_delivered_twice_is_applied_once()
    {
        var messageId = Guid.NewGuid();
        var bus = _host.Services.GetRequiredService<IBus>();
        await bus.Publish(new OrderPlaced(Guid.NewGuid(), 1), c => c.MessageId = messageId);
        await Eventually.TrueAsync(() => _host.Deliveries.CompletedFor(messageId) == 1, TimeSpan.FromSeconds(5), "first delivery");
        await bus.Publish(new OrderPlaced(Guid.NewGuid(), 2), c => c.MessageId = messageId);
        await Eventually.TrueAsync(() => _host.Deliveries.CompletedFor(messageId) == 2, TimeSpan.FromSeconds(5), "second delivery acknowledged");

        await using var db = _database.CreateContext();
        var applied = await db.Applied.SingleAsync();
        Assert.Equal(1, applied.Number);
        var inbox = await db.Inbox.SingleAsync();
        Assert.Equal((messageId, typeof(OrderPlacedConsumer).FullName), (inbox.MessageId, inbox.Consumer));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_message_id_through_the_bus_are_applied_once()
    {
        _host.Deliveries.HandlerDelay = TimeSpan.FromMilliseconds(150);
        var messageId = Guid.NewGuid();
        var bus = _host.Services.GetRequiredService<IBus>();
        await Task.WhenAll(Enumerable.Range(1, 6).Select(n => bus.Publish(new OrderPlaced(Guid.NewGuid(), n), c => c.MessageId = messageId)));

        await Eventually.TrueAsync(() => _host.Deliveries.CompletedFor(messageId) == 6, TimeSpan.FromSeconds(15), "six deliveries acknowledged");
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Applied.CountAsync());
        Assert.Equal(1, await db.Inbox.CountAsync());
    }

    [Fact]
    public Task Racing_duplicates_on_separate_connections_apply_once() => InboxScenarios.RacingDuplicatesApplyOnceAsync(_database);

    [Fact]
    public Task Failed_handler_rolls_back_its_changes_and_the_inbox_row() => InboxScenarios.FailedHandlerLeavesNothingAsync(_database);
}
