using HuiShang.Messaging.Tests.Support;

namespace HuiShang.Messaging.Tests;

public sealed class PruningTests
{
    [Fact]
    public async Task Sent_rows_and_inbox_rows_are_pruned_after_retention_on_sqlite()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PruningScenario.RunAsync(database);
    }
}
