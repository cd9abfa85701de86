using HuiShang.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults;

public static class DefaultEndpointsExtensions
{
    /// <summary>
    /// /health/live runs no check (the process answers: do not restart it); /health/ready runs the
    /// checks tagged "ready" (database, messaging: route traffic here). grpc.health.v1 serves the
    /// same readiness for Kubernetes gRPC probes and grpc_health_probe. Probes carry no token, so
    /// all three allow anonymous callers. Reflection only in Development (AddGrpcServer).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) })
            .AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapGrpcReflectionService().AllowAnonymous();
        }

        return app;
    }
}
