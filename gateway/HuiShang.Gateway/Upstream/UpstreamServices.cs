using HuiShang.Contracts;
using HuiShang.Grpc.Client;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Gateway.Upstream;

internal static class UpstreamServices
{
    private static readonly string[] Services = [Resources.Proposals, Resources.Agreements, Resources.Funding, Resources.Notifications];

    /// <summary>
    /// gRPC channels to the services (Services__&lt;name&gt;__grpc) and their clients. Addresses are
    /// checked now: a typo should stop the gateway at start, not fail the first request.
    /// </summary>
    public static WebApplicationBuilder AddUpstreamServices(this WebApplicationBuilder builder)
    {
        foreach (var service in Services)
        {
            var key = ConfigKeys.ServiceGrpc(service);
            var address = builder.Configuration[key];
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), address ?? "", "an http:// or https:// address such as http://127.0.0.1:5101");
            }
        }

        builder.Services.AddGrpcChannels();
        builder.Services.AddSingleton(UpstreamOptions.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton<ProposalsClient>();
        builder.Services.AddSingleton<AgreementsClient>();
        builder.Services.AddSingleton<FundingClient>();
        builder.Services.AddSingleton<NotificationsClient>();
        return builder;
    }
}
