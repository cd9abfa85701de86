using HuiShang.LocalInfrastructure.Postgres;
using HuiShang.Messaging.Tests.Support;

namespace HuiShang.Messaging.Tests.Fixtures;

/// <summary>One private PostgreSQL server per test collection; each test gets its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await PostgresServer.StartAsync(new PostgresServerOptions { Output = _ => { } });

    public async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var name = $"outbox_{Guid.NewGuid():N}"[..20];
        await _server.CreateDatabaseAsync(name);
        var database = new PostgresTestDatabase(_server.ConnectionString(name));
        await database.EnsureCreatedAsync();
        return database;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
