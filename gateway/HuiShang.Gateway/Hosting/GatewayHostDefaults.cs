using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Logging;
using HuiShang.ServiceDefaults.Telemetry;

namespace HuiShang.Gateway.Hosting;

internal static class GatewayHostDefaults
{
    /// <summary>
    /// SERVICE-DEFAULTS SWITCH: the one call site to replace with builder.AddServiceDefaults(Resources.Gateway)
    /// once ServiceDefaults has a gateway-shaped entry point. AddServiceDefaults today also requires
    /// ConnectionStrings__messaging and binds a gRPC endpoint, neither of which the gateway has, so
    /// the gateway uses its building blocks (config checks, logging, telemetry) directly.
    /// </summary>
    public static WebApplicationBuilder AddGatewayHostDefaults(this WebApplicationBuilder builder)
    {
        builder.RequireConfiguration(
            ConfigKeys.SigningKey,
            ConfigKeys.ServiceGrpc(Resources.Proposals),
            ConfigKeys.ServiceGrpc(Resources.Agreements),
            ConfigKeys.ServiceGrpc(Resources.Funding),
            ConfigKeys.ServiceGrpc(Resources.Notifications));
        builder.AddConsoleLogging();
        builder.AddTelemetry(Resources.Gateway);
        builder.Services.AddHealthChecks();
        return builder;
    }
}
