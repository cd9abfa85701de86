using System.Collections.Concurrent;
using System.Net;
using HuiShang.Contracts;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Gateway.Upstream;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// The Dapr overlay's invocation path as far as it can be run here (no daprd): every upstream address
/// points at one "sidecar" and Services__&lt;name&gt;__daprAppId names the target, which must reach
/// the sidecar as dapr-app-id metadata on API calls and readiness checks alike.
/// </summary>
public sealed class DaprInvocationTests
{
    private static readonly string[] Upstreams = [Resources.Proposals, Resources.Agreements, Resources.Funding, Resources.Evaluation, Resources.Notifications];

    [Fact]
    public async Task With_app_ids_configured_every_call_to_the_sidecar_names_its_target_app()
    {
        var auth = new TestSigner();
        await using var sidecar = await FakeSidecar.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(Environments.Production, Settings(auth, sidecar.Address, withAppIds: true));

        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync("/health/ready")).StatusCode);
        await gateway.Client.GetAsync($"/api/proposals/{Payloads.ProposalId}", auth.TokenFor("province-planning@450000"));

        var healthChecks = sidecar.Calls.Where(c => c.Path == "/grpc.health.v1.Health/Check").Select(c => c.AppId).Order();
        Assert.Equal(Upstreams.Order(), healthChecks);
        Assert.Contains(("/huishang.proposals.v1.Proposals/GetProposal", Resources.Proposals), sidecar.Calls);
    }

    [Fact]
    public async Task Without_app_ids_calls_carry_no_dapr_metadata()
    {
        var auth = new TestSigner();
        await using var sidecar = await FakeSidecar.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(Environments.Production, Settings(auth, sidecar.Address, withAppIds: false));

        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync("/health/ready")).StatusCode);

        Assert.NotEmpty(sidecar.Calls);
        Assert.All(sidecar.Calls, call => Assert.Null(call.AppId));
    }

    private static Dictionary<string, string?> Settings(TestSigner auth, string sidecar, bool withAppIds)
    {
        var settings = GatewayHost.Settings(auth, sidecar, sidecar, sidecar, sidecar, sidecar);
        if (withAppIds)
        {
            foreach (var service in Upstreams)
            {
                settings[DaprAppIdInterceptor.ConfigKey(service)] = service;
            }
        }

        return settings;
    }

    /// <summary>An HTTP/2 server standing in for daprd: records each call's path and dapr-app-id, serves grpc.health.v1.</summary>
    private sealed class FakeSidecar : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, string? AppId)> _calls;

        private FakeSidecar(WebApplication app, ConcurrentQueue<(string, string?)> calls)
        {
            _app = app;
            _calls = calls;
            Address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()
                .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }

        public string Address { get; }

        public IReadOnlyList<(string Path, string? AppId)> Calls => [.. _calls];

        public static async Task<FakeSidecar> StartAsync()
        {
            var calls = new ConcurrentQueue<(string, string?)>();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
            builder.Services.AddGrpc();
            builder.Services.AddGrpcHealthChecks(health => health.UseHealthChecksCache = false).AddCheck("sidecar", () => HealthCheckResult.Healthy());
            var app = builder.Build();
            app.Use((context, next) =>
            {
                var appId = context.Request.Headers[DaprAppIdInterceptor.MetadataKey];
                calls.Enqueue((context.Request.Path.Value ?? "", appId.Count == 0 ? null : appId.ToString()));
                return next(context);
            });
            app.MapGrpcHealthChecksService();
            await app.StartAsync();
            return new FakeSidecar(app, calls);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
