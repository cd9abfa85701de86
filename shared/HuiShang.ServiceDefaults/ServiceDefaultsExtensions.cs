using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Hosting;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Logging;
using HuiShang.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// What every service host shares (decisions 002, 008): configuration checks first, so a missing
    /// key stops the host before anything else starts; then the basic defaults, the two endpoints,
    /// the gRPC server (grpc-dotnet, with grpc.health.v1 and reflection) and the caller's identity.
    /// The database and messaging are the service's own calls (AddServiceDatabase, AddMessaging),
    /// since they are typed by its DbContext.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        FatalConfigurationHandler.Install();
        builder.RequireConfiguration(ConfigKeys.Messaging, ConfigKeys.PublicKeys);
        builder.RefuseSigningKey();
        builder.AddBasicServiceDefaults(serviceName);
        builder.AddServiceEndpoints(serviceName);
        builder.AddGrpcServer();
        builder.AddPlatformAuthentication();
        return builder;
    }

    /// <summary>
    /// What any HuiShang host shares, the gateway included (it has no gRPC server, database or
    /// broker): one-line console logs, OpenTelemetry and the health-check registry.
    /// </summary>
    public static IHostApplicationBuilder AddBasicServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddConsoleLogging();
        builder.AddTelemetry(serviceName);
        builder.Services.AddHealthChecks();
        return builder;
    }
}
