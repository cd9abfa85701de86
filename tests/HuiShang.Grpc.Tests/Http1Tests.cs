using System.Net;
using HuiShang.Grpc.Server;
using HuiShang.Grpc.TestService;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Grpc.Tests;

public sealed class Http1Tests
{
    [Fact]
    public async Task Http1_request_on_an_endpoint_that_also_speaks_HTTP2_is_426_with_INTERNAL()
    {
        // Only a TLS endpoint can offer both protocols (ALPN); gRPC endpoints made by ListenGrpc never do.
        using var certificate = TestCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l =>
        {
            l.Protocols = HttpProtocols.Http1AndHttp2;
            l.UseHttps(certificate);
        }));
        builder.Services.AddSingleton<CallLog>().AddGrpcServer();
        await using var app = builder.Build();
        app.MapGrpcService<InteropTestService>(ServiceMethods.Interop);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        using var http = new HttpClient(new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } });

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, RawGrpcClient.EchoPath))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(RawGrpcClient.Frame(new EchoRequest())),
        };
        request.Content.Headers.TryAddWithoutValidation("content-type", "application/grpc");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
        Assert.Equal("13", response.Headers.GetValues("grpc-status").Single());
        await app.StopAsync();
    }
}
