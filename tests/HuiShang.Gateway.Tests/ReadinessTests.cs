using System.Net;
using HuiShang.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// The gateway is ready only when every service it forwards to answers its grpc.health.v1 (so an
/// orchestrator routes no traffic to a gateway whose upstreams are gone); live regardless.
/// </summary>
public sealed class ReadinessTests
{
    // Port 1 (tcpmux) is privileged and unused: a connection there is refused at once.
    private const string NothingListens = "http://127.0.0.1:1";

    [Fact]
    public async Task Ready_when_every_upstream_serves()
    {
        var auth = new TestSigner();
        await using var backend = await FakeBackend.StartAsync(auth);
        await using var gateway = await GatewayHost.StartAsync(Environments.Production, GatewayHost.Settings(auth, backend.Address, backend.Address));

        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Not_ready_while_an_upstream_is_unreachable_but_still_live()
    {
        var auth = new TestSigner();
        await using var backend = await FakeBackend.StartAsync(auth);
        await using var gateway = await GatewayHost.StartAsync(Environments.Production, GatewayHost.Settings(auth, backend.Address, NothingListens));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await gateway.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync("/health/live")).StatusCode);
    }
}
