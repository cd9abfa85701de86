using HuiShang.Grpc.Health;
using HuiShang.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace HuiShang.ServiceDefaults;

public static class DefaultEndpointsExtensions
{
    /// <summary>
    /// /health/live runs no check (the process answers: do not restart it); /health/ready runs the
    /// checks tagged "ready" (database, messaging: route traffic here). grpc.health.v1 serves every
    /// check for Kubernetes gRPC probes. Probes carry no token, so all three allow anonymous callers.
    /// </summary>
    public static IEndpointRouteBuilder MapDefaultEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) })
            .AllowAnonymous();
        endpoints.MapGrpcHealthService().AllowAnonymous();
        return endpoints;
    }
}
