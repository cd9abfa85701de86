using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HuiShang.Grpc.Server;

public static class KestrelGrpcExtensions
{
    /// <summary>
    /// A gRPC endpoint: HTTP/2 only. Cleartext (h2c, prior knowledge) in-cluster; with a
    /// certificate, TLS with ALPN h2. Http1AndHttp2 without TLS would break h2c for gRPC clients.
    /// </summary>
    public static void ListenGrpc(this KestrelServerOptions kestrel, IPAddress address, int port, X509Certificate2? certificate = null) =>
        kestrel.Listen(address, port, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        });
}
