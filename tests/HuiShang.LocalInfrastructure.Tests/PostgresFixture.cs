using HuiShang.LocalInfrastructure.Postgres;

namespace HuiShang.LocalInfrastructure.Tests;

/// <summary>One private PostgreSQL server shared by a test class.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
