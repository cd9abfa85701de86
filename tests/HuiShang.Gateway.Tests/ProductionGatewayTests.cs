using System.Net;
using System.Net.Sockets;
using HuiShang.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests;

/// <summary>A gateway in Production whose services are not running.</summary>
public sealed class ProductionGatewayTests : IAsyncLifetime
{
    private readonly TestSigner _auth = new();
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        var nobody = $"http://127.0.0.1:{UnusedPort()}";
        _gateway = await GatewayHost.StartAsync(Environments.Production, GatewayHost.Settings(_auth, nobody, nobody));
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Theory]
    [InlineData("""{"user": "city-bureau@450100"}""")]
    [InlineData("garbage")]
    public async Task The_dev_token_endpoint_is_404_outside_development(string body)
    {
        var response = await _gateway.Client.PostJsonAsync("/api/auth/dev-token", body);

        await response.ShouldBeProblemAsync(404, "not-found");
    }

    [Fact]
    public async Task The_dev_token_endpoint_is_not_in_the_openapi_document_outside_development()
    {
        var document = await (await _gateway.Client.GetAsync("/openapi/v1.json", token: null)).ReadJsonAsync();

        Assert.False(document.GetProperty("paths").TryGetProperty("/api/auth/dev-token", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/inbox", out _));
    }

    [Fact]
    public async Task A_service_that_is_not_running_is_503()
    {
        var token = _auth.TokenFor("city-bureau@450100");

        var inbox = await _gateway.Client.GetAsync("/api/inbox", token);
        var create = await _gateway.Client.PostJsonAsync("/api/proposals", Payloads.ValidProposal, token);

        Assert.Contains("notifications", (await inbox.ShouldBeProblemAsync(503, "service-unavailable")).StringOrNull("detail"), StringComparison.Ordinal);
        await create.ShouldBeProblemAsync(503, "service-unavailable");
    }

    [Fact]
    public async Task Tokens_are_still_checked_in_production()
    {
        var response = await _gateway.Client.GetAsync("/api/inbox", token: null);

        await response.ShouldBeProblemAsync(401, "unauthenticated");
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
