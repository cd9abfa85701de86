using HuiShang.Grpc.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace HuiShang.Grpc.Server;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /{package}.{Service}/{Method}</c> for every method of <paramref name="service"/>
    /// onto <typeparamref name="TService"/> (resolved from DI, or created per call).
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder endpoints, ServiceDescriptor service)
        where TService : class
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GrpcServerOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("HuiShang.Grpc.Server");
        var registry = endpoints.ServiceProvider.GetRequiredService<GrpcServiceRegistry>();
        registry.Add(service.FullName);
        MapUnimplementedFallback(endpoints, registry);

        var builders = GrpcServiceBinder.Bind<TService>(service)
            .Select(method => endpoints
                .MapPost(method.Path, new GrpcCallHandler(method, options, logger).HandleAsync)
                .WithDisplayName($"gRPC {method.Descriptor.FullName}"))
            .ToList();
        return new CompositeConventionBuilder(builders);
    }

    /// <summary>
    /// Any other POST answers UNIMPLEMENTED (the spec's answer for an unknown service or method),
    /// naming which of the two is unknown.
    /// </summary>
    private static void MapUnimplementedFallback(IEndpointRouteBuilder endpoints, GrpcServiceRegistry registry)
    {
        if (registry.FallbackMapped)
        {
            return;
        }

        registry.FallbackMapped = true;
        endpoints.MapFallback(http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method) || !GrpcHeaders.IsGrpcContentType(http.Request.ContentType))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            var segments = http.Request.Path.Value?.Trim('/').Split('/') ?? [];
            var detail = segments.Length == 2 && registry.Contains(segments[0])
                ? $"Method '{segments[1]}' is unimplemented in service '{segments[0]}'."
                : $"Service '{(segments.Length > 0 ? segments[0] : "")}' is unimplemented.";
            http.Response.ContentType = GrpcHeaders.ContentType;
            http.Response.Headers[GrpcHeaders.Status] = ((int)StatusCode.Unimplemented).ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers[GrpcHeaders.Message] = PercentEncoding.Encode(detail);
            return Task.CompletedTask;
        });
    }

    private sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }
    }
}
