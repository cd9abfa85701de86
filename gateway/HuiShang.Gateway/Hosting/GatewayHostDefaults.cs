using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults;

namespace HuiShang.Gateway.Hosting;

internal static class GatewayHostDefaults
{
    /// <summary>
    /// The gateway's share of the service defaults (AddBasicServiceDefaults: logs, telemetry, health
    /// registry); it has no gRPC server, database or broker, so it checks only its own keys.
    /// </summary>
    public static WebApplicationBuilder AddGatewayHostDefaults(this WebApplicationBuilder builder)
    {
        builder.RequireConfiguration(
            ConfigKeys.SigningKey,
            ConfigKeys.PublicKeys,
            ConfigKeys.ServiceGrpc(Resources.Proposals),
            ConfigKeys.ServiceGrpc(Resources.Agreements),
            ConfigKeys.ServiceGrpc(Resources.Funding),
            ConfigKeys.ServiceGrpc(Resources.Evaluation),
            ConfigKeys.ServiceGrpc(Resources.Notifications));
        builder.AddBasicServiceDefaults(Resources.Gateway);
        return builder;
    }
}
