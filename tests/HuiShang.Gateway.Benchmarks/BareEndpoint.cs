using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Benchmarks;

/// <summary>
/// The baseline: a minimal API on Kestrel (HTTP/1.1, 127.0.0.1, port from the OS) answering the
/// bytes the gateway answered, with the same content type — no token check, no gRPC hop, no database.
/// </summary>
public sealed class BareEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app)
    {
        _app = app;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public Uri BaseAddress { get; }

    public static async Task<BareEndpoint> StartAsync(IReadOnlyDictionary<string, byte[]> answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        foreach (var (path, body) in answers)
        {
            app.MapGet(path, () => Results.Bytes(body, "application/json; charset=utf-8"));
        }

        await app.StartAsync();
        return new BareEndpoint(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
