using System.Net;
using HuiShang.Contracts;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Server;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// A real HTTP/2 gRPC server (HuiShang.Grpc on Kestrel, 127.0.0.1, free port) serving fake
/// proposals and notifications services, authenticating callers with the platform key.
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

    public static async Task<FakeBackend> StartAsync(TestAuth auth)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration[ConfigKeys.SigningKey] = auth.SigningKey;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenGrpc(IPAddress.Loopback, 0));
        builder.AddPlatformAuthentication();
        var script = new BackendScript();
        builder.Services.AddSingleton(script);
        builder.Services.AddSingleton<FakeProposalsService>();
        builder.Services.AddSingleton<FakeNotificationsService>();
        builder.Services.AddGrpcServer();

        var app = builder.Build();
        app.UseAuthentication();
        app.MapGrpcService<FakeProposalsService>(ProposalsReflection.Descriptor.Services[0]);
        app.MapGrpcService<FakeNotificationsService>(NotificationsReflection.Descriptor.Services[0]);
        await app.StartAsync();
        return new FakeBackend(app, script);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
