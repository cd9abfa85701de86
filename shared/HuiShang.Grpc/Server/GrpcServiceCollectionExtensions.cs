using HuiShang.Grpc.Health;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Grpc.Server;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Registers the gRPC server pieces; call once, then map services with MapGrpcService.</summary>
    public static IServiceCollection AddGrpcServer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        services.AddOptions<GrpcServerOptions>();
        services.AddOptions<GrpcHealthOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton<GrpcServiceRegistry>();
        services.AddHealthChecks();
        services.AddSingleton<GrpcHealthService>();
        return services;
    }
}
