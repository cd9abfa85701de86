using Grpc.Health.V1;
using HuiShang.Grpc.Server;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace HuiShang.Grpc.Health;

/// <summary>
/// grpc.health.v1.Health backed by the host's health checks. Service "" is the whole server
/// (every check); a named service is the checks tagged with its name, NOT_FOUND if none are.
/// </summary>
public sealed class GrpcHealthService(HealthCheckService health, IOptions<HealthCheckServiceOptions> checks, IOptions<GrpcHealthOptions> options)
{
    public async Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        var status = await EvaluateAsync(request.Service, context.CancellationToken)
            ?? throw new RpcException(StatusCode.NotFound, $"Service '{request.Service}' is unknown to the health service.");
        return new HealthCheckResponse { Status = status };
    }

    /// <summary>Sends the status now and again each time it changes, until the caller leaves.</summary>
    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        ServingStatus? last = null;
        using var timer = new PeriodicTimer(options.Value.WatchInterval);
        do
        {
            var status = await EvaluateAsync(request.Service, context.CancellationToken) ?? ServingStatus.ServiceUnknown;
            if (status != last)
            {
                await responses.WriteAsync(new HealthCheckResponse { Status = status }, context.CancellationToken);
                last = status;
            }
        }
        while (await timer.WaitForNextTickAsync(context.CancellationToken));
    }

    private async Task<ServingStatus?> EvaluateAsync(string service, CancellationToken cancellationToken)
    {
        Func<HealthCheckRegistration, bool> predicate = service.Length == 0
            ? _ => true
            : registration => registration.Tags.Contains(service);
        if (service.Length > 0 && !checks.Value.Registrations.Any(predicate))
        {
            return null;
        }

        var report = await health.CheckHealthAsync(predicate, cancellationToken);
        return report.Status == HealthStatus.Unhealthy ? ServingStatus.NotServing : ServingStatus.Serving;
    }
}
