using HuiShang.ServiceDefaults.Health;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Hosting;

public static class GrpcServerExtensions
{
    /// <summary>Largest message a service accepts or sends; lists page well below it.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

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
            // Answer from the checks as they are now: the cache is filled by the health publisher,
            // which reports UNKNOWN for its first 5 s and is then up to 30 s stale.
            health.UseHealthChecksCache = false;
        });
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddGrpcReflection();
        }

        return builder;
    }
}
