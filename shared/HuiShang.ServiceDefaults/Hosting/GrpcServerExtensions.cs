using HuiShang.ServiceDefaults.Health;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Hosting;

public static class GrpcServerExtensions
{
    /// <summary>Largest message a service accepts or sends; lists page well below it.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The grpc.health.v1 service name that answers liveness (the empty name answers readiness).</summary>
    public const string LivenessService = "liveness";

    /// <summary>
    /// grpc-dotnet with details off (a refusal's words come from ServiceProblems, never a stack
    /// trace) and a lost unique-key race refused as already-exists in every method
    /// (<see cref="UniqueViolationInterceptor"/>), grpc.health.v1 fed by the "ready" checks (database, broker) and server reflection in
    /// Development, so grpcurl and Postman can list the methods of a local service.
    /// </summary>
    public static WebApplicationBuilder AddGrpcServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            options.EnableDetailedErrors = false;
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
            options.Interceptors.Add<UniqueViolationInterceptor>();
        });
        builder.Services.AddGrpcHealthChecks(health =>
        {
            health.Services.Map("", check => check.Tags.Contains(HealthTags.Ready));
            // Kubernetes' gRPC liveness probe (service "liveness"): only the process answering, as
            // /health/live, so an unreachable database or broker takes replicas out of traffic
            // without restarting them. (A service mapped to no check at all would answer UNKNOWN.)
            health.Services.Map(LivenessService, check => check.Name == LivenessService);
            // Answer from the checks as they are now: the cache is filled by the health publisher,
            // which reports UNKNOWN for its first 5 s and is then up to 30 s stale.
            health.UseHealthChecksCache = false;
        });
        builder.Services.AddHealthChecks().AddCheck(LivenessService, () => HealthCheckResult.Healthy());
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddGrpcReflection();
        }

        return builder;
    }
}
