using System.Net;
using HuiShang.Contracts;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// A real HTTP/2 gRPC server (grpc-dotnet on Kestrel, 127.0.0.1, port from the OS) serving fake
/// proposals and notifications services, authenticating callers with the platform's public key (it cannot sign).
/// </summary>
public sealed class FakeBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeBackend(WebApplication app, BackendScript script)
    {
        _app = app;
        Script = script;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public string Address { get; }

    public BackendScript Script { get; }

    public static Task<FakeBackend> StartAsync(TestSigner auth) => StartAsync(auth.PublicKeys);

    /// <summary>A backend trusting the keys of the JWK Set <paramref name="publicKeys"/> (several during a rotation).</summary>
    public static async Task<FakeBackend> StartAsync(string publicKeys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration[ConfigKeys.PublicKeys] = publicKeys;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddPlatformAuthentication();
        var script = new BackendScript();
        builder.Services.AddSingleton(script);
        builder.Services.AddSingleton<FakeProposalsService>();
        builder.Services.AddSingleton<FakeNotificationsService>();
        builder.Services.AddGrpc();
        // grpc.health.v1 reports SERVING only when some check says so; the fakes have nothing to check.
        builder.Services.AddGrpcHealthChecks(health => health.UseHealthChecksCache = false)
            .AddCheck("fake", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());

        var app = builder.Build();
        app.UseAuthentication();
        app.MapGrpcService<FakeProposalsService>();
        app.MapGrpcService<FakeNotificationsService>();
        app.MapGrpcHealthChecksService();
        await app.StartAsync();
        return new FakeBackend(app, script);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
