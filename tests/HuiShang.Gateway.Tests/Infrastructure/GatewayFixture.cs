using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>One fake backend and one Development gateway in front of it, shared by the "gateway" collection.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    /// <summary>Short, so the real-deadline test does not wait 10 s; long enough for a cold first call.</summary>
    public static readonly TimeSpan UpstreamTimeout = TimeSpan.FromSeconds(3);

    public TestSigner Auth { get; } = new();

    public FakeBackend Backend { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Client => Gateway.Client;

    public BackendScript Script => Backend.Script;

    public async Task InitializeAsync()
    {
        Backend = await FakeBackend.StartAsync(Auth);
        var settings = GatewayHost.Settings(Auth, Backend.Address, Backend.Address);
        settings[Upstream.UpstreamOptions.TimeoutKey] = UpstreamTimeout.ToString();
        // The local demo's switch (decision 011); the tests' client calls from 127.0.0.1.
        settings[Contracts.ConfigKeys.DevTokensEnabled] = "true";
        Gateway = await GatewayHost.StartAsync(Environments.Development, settings);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Backend.DisposeAsync();
    }
}
