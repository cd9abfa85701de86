using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;
using HuiShang.Grpc.Tests.Services;

namespace HuiShang.Grpc.Tests;

public sealed class ConnectionTests
{
    private readonly ServiceMethods _api = new();

    [Fact]
    public async Task Sequential_calls_reuse_one_connection()
    {
        await using var server = await TestGrpcServer.StartAsync<ContextReportingService>();
        using var channel = GrpcChannel.ForAddress(server.Address);

        var connections = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            connections.Add((await channel.UnaryAsync(_api.Echo, new EchoRequest())).Payload.ToStringUtf8());
        }

        Assert.Single(connections);
    }

    [Fact]
    public async Task More_concurrent_calls_than_one_connection_allows_open_more_connections()
    {
        // Kestrel allows 100 concurrent streams per HTTP/2 connection by default.
        await using var server = await TestGrpcServer.StartAsync<ContextReportingService>();
        using var channel = GrpcChannel.ForAddress(server.Address);

        var replies = await Task.WhenAll(Enumerable.Range(0, 250).Select(_ =>
            channel.UnaryAsync(_api.Echo, new EchoRequest { DelayMs = 1500 }, CallOptions.WithTimeout(TimeSpan.FromSeconds(60)))));

        Assert.Equal(250, replies.Length);
        Assert.True(replies.Select(r => r.Payload.ToStringUtf8()).Distinct().Count() >= 3, "250 concurrent streams need at least three connections of 100");
    }

    [Fact]
    public async Task Tls_endpoint_serves_gRPC_over_HTTP2_with_ALPN()
    {
        using var certificate = TestCertificate.Create();
        await using var server = await TestGrpcServer.StartAsync(certificate: certificate);
        var address = new UriBuilder(server.Address) { Scheme = "https" }.Uri;
        var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == certificate.GetCertHashString() } };
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });

        var reply = await channel.UnaryAsync(_api.Echo, new EchoRequest { Payload = Google.Protobuf.ByteString.CopyFromUtf8("secure") });

        Assert.Equal("secure", reply.Payload.ToStringUtf8());
    }
}
