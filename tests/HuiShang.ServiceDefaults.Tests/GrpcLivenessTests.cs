using Grpc.Health.V1;
using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Hosting;
using HuiShang.ServiceTesting;

using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>The gRPC liveness probe Kubernetes sends (k8s/: grpc probe, service "liveness") on the gRPC port.</summary>
public sealed class GrpcLivenessTests
{
    [Fact]
    public async Task Liveness_serves_while_readiness_does_not_so_a_replica_behind_its_database_is_not_restarted()
    {
        // Not migrated: the database check fails, so the service is not ready.
        await using var host = await ServiceHost.StartAsync(Resources.Proposals, b => b.AddProposals(), a => a.MapProposals(), migrate: false);
        var health = new Grpc.Health.V1.Health.HealthClient(host.Channel);

        var liveness = await health.CheckAsync(new HealthCheckRequest { Service = GrpcServerExtensions.LivenessService }, deadline: DateTime.UtcNow.AddSeconds(10));
        var readiness = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));

        Assert.Equal(ServingStatus.Serving, liveness.Status);
        Assert.Equal(ServingStatus.NotServing, readiness.Status);
    }
}
