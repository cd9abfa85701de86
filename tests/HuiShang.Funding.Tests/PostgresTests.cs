using HuiShang.Contracts;
using HuiShang.LocalInfrastructure.Postgres;

namespace HuiShang.Funding.Tests;

/// <summary>The same GX-18 race on a real PostgreSQL server (READ COMMITTED, row-level concurrency token).</summary>
public sealed class PostgresTests
{
    [Fact]
    public async Task GX18_parallel_registrations_never_exceed_the_cap_on_postgres()
    {
        await using var server = await PostgresServer.StartAsync(new PostgresServerOptions { Output = _ => { } });
        var database = $"funding_{Guid.NewGuid():N}"[..20];
        await server.CreateDatabaseAsync(database);
        await using var host = await FundingHost.StartAsync(settings: new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "postgres",
            [ConfigKeys.Database(Resources.Funding)] = server.ConnectionString(database),
        });

        await ConcurrencyTests.CapHoldsUnderParallelRegistrationsAsync(host);
    }
}
