using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HuiShang.Gateway.Upstream;

/// <summary>
/// The gateway is ready only when a service it forwards to is: asks the service's grpc.health.v1
/// (which reports the service's own database and broker), with a short deadline so a hung service
/// reads as unhealthy rather than stalling the probe.
/// </summary>
internal sealed class UpstreamHealthCheck(GrpcClientFactory clients, string service) : IHealthCheck
{
    public const string Tag = "upstream";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await clients.CreateClient<Health.HealthClient>(service)
                .CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow + Timeout, cancellationToken: cancellationToken);
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{service} reports {reply.Status}.");
        }
        catch (RpcException ex)
        {
            return HealthCheckResult.Unhealthy($"{service} does not answer its health check ({ex.StatusCode}).");
        }
    }
}
