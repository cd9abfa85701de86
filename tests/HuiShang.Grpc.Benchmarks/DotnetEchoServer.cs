using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>The grpc-dotnet server under test: Grpc.AspNetCore on Kestrel, HTTP/2 without TLS on 127.0.0.1, a free port.</summary>
internal static class DotnetEchoServer
{
    public static async Task<(int Port, IAsyncDisposable Server)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<EchoService>();
        await app.StartAsync();
        return (new Uri(app.Urls.First()).Port, app);
    }
}
