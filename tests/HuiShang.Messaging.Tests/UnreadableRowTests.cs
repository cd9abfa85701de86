using HuiShang.Contracts.Events;
using HuiShang.Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests;

/// <summary>Rows the dispatcher cannot turn into a message stay in the table with their reason, never dropped.</summary>
public sealed class UnreadableRowTests : IAsyncLifetime
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
    public async Task Unknown_type_and_bad_body_stay_visible_and_later_events_still_go_out()
    {
        await using (var db = _database.CreateContext())
        {
            db.Outbox.Add(RawRow("HuiShang.Contracts.Events.ProposalTeleported", "{}"));
            db.Outbox.Add(RawRow(typeof(ProposalSubmitted).FullName!, "not json"));
            await db.SaveChangesAsync();
        }
        var later = Samples.Proposal("after the unreadable ones");
        await _host.InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(later);
            await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(() => _host.Deliveries.Received.Any(d => Equals(d.Message, later)), TimeSpan.FromSeconds(5), "the later event");
        await using var check = _database.CreateContext();
        var rows = await check.Outbox.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(3, rows.Count);
        Assert.True(rows[0] is { SentAt: null, Attempts: >= 1 }, "unknown type stays unsent with an attempt counted");
        Assert.Contains("Unknown message type 'HuiShang.Contracts.Events.ProposalTeleported'", rows[0].LastError, StringComparison.Ordinal);
        Assert.True(rows[1] is { SentAt: null, Attempts: >= 1 }, "bad body stays unsent with an attempt counted");
        Assert.Contains("does not deserialize", rows[1].LastError, StringComparison.Ordinal);
        Assert.NotNull(rows[2].SentAt);
        Assert.Single(_host.Deliveries.Received);
    }

    private static OutboxMessage RawRow(string type, string body) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = type,
        Body = body,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
