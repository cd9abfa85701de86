using System.Net;
using Grpc.Health.V1;
using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceTesting;
using Microsoft.Extensions.DependencyInjection;

using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

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
        Assert.Equal(ServingStatus.NotServing, await GrpcHealthAsync(host));
        Assert.DoesNotContain("proposals", await SqliteFile.TablesAsync(host.DatabaseFile(Resources.Proposals)));

        await host.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);

        // Readiness also waits for the message bus, which may still be starting on a loaded machine (seen in CI).
        var ready = await Eventually.GetAsync(async () => (await http.GetAsync("/health/ready")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, ready);
        // grpc.health.v1 on the gRPC port (Kubernetes gRPC probes, grpc_health_probe) answers the same readiness.
        Assert.Equal(ServingStatus.Serving, await GrpcHealthAsync(host));
    }

    private static async Task<ServingStatus> GrpcHealthAsync(ServiceHost host) =>
        (await new Grpc.Health.V1.Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).Status;
}
