using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace HuiShang.Gateway.Hosting;

internal static class GatewayHealth
{
    /// <summary>
    /// Probes carry no token, so both allow anonymous callers. Live: the process answers. Ready: every
    /// service it forwards to answers its grpc.health.v1 as serving (UpstreamHealthCheck).
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapHealthChecks("/health/ready").AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
