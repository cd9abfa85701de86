using Grpc.Health.V1;
using HuiShang.Grpc.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HuiShang.Grpc.Health;

public static class GrpcHealthEndpointExtensions
{
    /// <summary>Serves grpc.health.v1.Health (Check and Watch), for Kubernetes' native gRPC probes.</summary>
    public static IEndpointConventionBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<GrpcHealthService>(HealthReflection.Descriptor.Services[0]);
}
