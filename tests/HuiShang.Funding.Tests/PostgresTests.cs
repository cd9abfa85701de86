using HuiShang.Contracts;
using HuiShang.ServiceTesting.Infrastructure;

namespace HuiShang.Funding.Tests;

/// <summary>The same GX-18 race on a real PostgreSQL server (READ COMMITTED, row-level concurrency token).</summary>
public sealed class PostgresTests
{
    [Fact]
    public async Task GX18_parallel_registrations_never_exceed_the_cap_on_postgres()
    {
        await using var server = await TestPostgres.StartAsync();
        var database = await server.CreateDatabaseAsync($"funding_{Guid.NewGuid():N}"[..20]);
        await using var host = await FundingHost.StartAsync(settings: new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "postgres",
            [ConfigKeys.Database(Resources.Funding)] = database,
        });

        await ConcurrencyTests.CapHoldsUnderParallelRegistrationsAsync(host);
    }
}
