using Grpc.Net.ClientFactory;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HuiShang.Gateway.Upstream;

internal static class UpstreamServices
{
    /// <summary>
    /// The services' typed gRPC clients (grpc-dotnet, AddGrpcClient) at Services__&lt;name&gt;__grpc,
    /// each through <see cref="UpstreamInterceptor"/>, and a readiness check per service on its
    /// grpc.health.v1. Addresses are checked now: a typo should stop the gateway at start, not fail
    /// the first request.
    /// </summary>
    public static WebApplicationBuilder AddUpstreamServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(UpstreamOptions.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton<UpstreamInterceptor>();

        builder.AddUpstream<Contracts.Proposals.V1.Proposals.ProposalsClient>(Resources.Proposals);
        builder.AddUpstream<Contracts.Agreements.V1.Agreements.AgreementsClient>(Resources.Agreements);
        builder.AddUpstream<Contracts.Funding.V1.Funding.FundingClient>(Resources.Funding);
        builder.AddUpstream<Contracts.Evaluation.V1.Tracking.TrackingClient>(Resources.Evaluation);
        builder.AddUpstream<Contracts.Notifications.V1.Notifications.NotificationsClient>(Resources.Notifications);

        builder.Services.AddSingleton<ProposalsClient>();
        builder.Services.AddSingleton<AgreementsClient>();
        builder.Services.AddSingleton<FundingClient>();
        builder.Services.AddSingleton<TrackingClient>();
        builder.Services.AddSingleton<NotificationsClient>();
        return builder;
    }

    private static void AddUpstream<TClient>(this WebApplicationBuilder builder, string service)
        where TClient : class
    {
        var address = Address(builder.Configuration, service);
        var client = builder.Services
            .AddGrpcClient<TClient>(client => client.Address = address)
            .AddInterceptor<UpstreamInterceptor>()
            .ConfigureChannel(channel =>
            {
                channel.MaxReceiveMessageSize = GrpcServerExtensions.MaxMessageBytes;
                channel.MaxSendMessageSize = GrpcServerExtensions.MaxMessageBytes;
            })
            // grpc-dotnet's advice for a busy client (issue 17): more HTTP/2 connections once one
            // connection's streams are all in use, connections kept open, dead ones detected by pings.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            })
            // HttpClientFactory's four Information lines per call repeat what the gRPC client's own
            // logs and the trace already say, on the hottest path of the gateway.
            .RemoveAllLoggers();
        var health = builder.Services.AddGrpcClient<Grpc.Health.V1.Health.HealthClient>(service, client => client.Address = address);
        if (builder.Configuration[DaprAppIdInterceptor.ConfigKey(service)] is { Length: > 0 } appId)
        {
            client.AddInterceptor(() => new DaprAppIdInterceptor(appId));
            health.AddInterceptor(() => new DaprAppIdInterceptor(appId));
        }

        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            service,
            provider => new UpstreamHealthCheck(provider.GetRequiredService<GrpcClientFactory>(), service),
            HealthStatus.Unhealthy,
            [UpstreamHealthCheck.Tag]));
    }

    private static Uri Address(IConfiguration configuration, string service)
    {
        var key = ConfigKeys.ServiceGrpc(service);
        var address = configuration[key];
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), address ?? "", "an http:// or https:// address such as http://127.0.0.1:5101");
    }
}
