using HuiShang.Messaging.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HuiShang.Messaging.Tests;

/// <summary>What AddOutboxAndInbox puts in a service's model (and so in its migrations).</summary>
public sealed class ModelTests
{
    [Fact]
    public async Task Outbox_and_inbox_tables_have_their_names_and_keys()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var outbox = db.Model.FindEntityType(typeof(OutboxMessage))!;
        Assert.Equal("outbox_messages", outbox.GetTableName());
        var sequence = Assert.Single(outbox.FindPrimaryKey()!.Properties);
        Assert.Equal((nameof(OutboxMessage.Sequence), ValueGenerated.OnAdd), (sequence.Name, sequence.ValueGenerated));
        Assert.Contains(outbox.GetIndexes(), i => i.IsUnique && i.Properties.Single().Name == nameof(OutboxMessage.MessageId));

        var inbox = db.Model.FindEntityType(typeof(InboxMessage))!;
        Assert.Equal("inbox_messages", inbox.GetTableName());
        Assert.Equal([nameof(InboxMessage.MessageId), nameof(InboxMessage.Consumer)], inbox.FindPrimaryKey()!.Properties.Select(p => p.Name));
    }
}
