using HuiShang.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway in-process on a real Kestrel port (127.0.0.1:0), wired exactly as Program.cs
/// wires it (AddGateway, UseGateway, MapGatewayApis), with the given environment and settings.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayHost(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Client = new HttpClient(new NoServerErrorsHandler()) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Services not given an address get the proposals one: well-formed, for tests that do not call them.</summary>
    public static Dictionary<string, string?> Settings(
        TestSigner auth, string proposalsAddress, string notificationsAddress, string? agreementsAddress = null, string? fundingAddress = null, string? evaluationAddress = null) => new()
    {
        [ConfigKeys.SigningKey] = auth.SigningKey,
        [ConfigKeys.PublicKeys] = auth.PublicKeys,
        [ConfigKeys.ServiceGrpc(Resources.Proposals)] = proposalsAddress,
        [ConfigKeys.ServiceGrpc(Resources.Agreements)] = agreementsAddress ?? proposalsAddress,
        [ConfigKeys.ServiceGrpc(Resources.Funding)] = fundingAddress ?? proposalsAddress,
        [ConfigKeys.ServiceGrpc(Resources.Evaluation)] = evaluationAddress ?? proposalsAddress,
        [ConfigKeys.ServiceGrpc(Resources.Notifications)] = notificationsAddress,
        [ConfigKeys.BindAddress] = "127.0.0.1",
        [ConfigKeys.HttpPort] = "0",
    };

    public static WebApplicationBuilder CreateBuilder(string environment, IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    public static async Task<GatewayHost> StartAsync(string environment, IDictionary<string, string?> settings)
    {
        var builder = CreateBuilder(environment, settings);
        builder.AddGateway();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseGateway();
        app.MapGatewayApis();
        await app.StartAsync();
        return new GatewayHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
