using System.Net;
using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceTesting;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceDefaults.Tests;

public sealed class ReadinessTests
{
    [Fact]
    public async Task A_normal_start_does_not_migrate_and_is_not_ready_until_the_database_is_migrated()
    {
        await using var host = await ServiceHost.StartAsync(Resources.Proposals, b => b.AddProposals(), a => a.MapProposals(), migrate: false);
        using var http = new HttpClient { BaseAddress = host.HttpAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.DoesNotContain("proposals", await SqliteFile.TablesAsync(host.DatabaseFile(Resources.Proposals)));

        await host.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);

        // Readiness also waits for the message bus, which may still be starting on a loaded machine (seen in CI).
        var ready = await Eventually.GetAsync(async () => (await http.GetAsync("/health/ready")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, ready);
    }
}
