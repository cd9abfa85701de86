using HuiShang.Messaging.Tests.Support;
using HuiShang.ServiceTesting.Infrastructure;

namespace HuiShang.Messaging.Tests.Fixtures;

/// <summary>One private PostgreSQL server per test collection; each test gets its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private TestPostgres _server = null!;

    public async Task InitializeAsync() => _server = await TestPostgres.StartAsync();

    public async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var database = new PostgresTestDatabase(await _server.CreateDatabaseAsync($"outbox_{Guid.NewGuid():N}"[..20]));
        await database.EnsureCreatedAsync();
        return database;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
