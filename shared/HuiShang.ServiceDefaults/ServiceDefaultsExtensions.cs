using HuiShang.Contracts;
using HuiShang.Grpc.Server;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Hosting;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Logging;
using HuiShang.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// What every service host shares (decision 002): configuration checks first, so a missing key
    /// stops the host before anything else starts; then logging, telemetry, endpoints, the gRPC
    /// server, health checks and the caller's identity. The database and messaging are the
    /// service's own calls (AddServiceDatabase, AddMessaging), since they are typed by its DbContext.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        FatalConfigurationHandler.Install();
        builder.RequireConfiguration(ConfigKeys.Messaging, ConfigKeys.SigningKey);
        builder.AddConsoleLogging();
        builder.AddTelemetry(serviceName);
        builder.AddServiceEndpoints(serviceName);
        builder.Services.AddGrpcServer();
        builder.Services.AddHealthChecks();
        builder.AddPlatformAuthentication();
        return builder;
    }
}
