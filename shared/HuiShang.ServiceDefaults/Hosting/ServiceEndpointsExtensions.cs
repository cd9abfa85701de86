using System.Net;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HuiShang.ServiceDefaults.Hosting;

public static class ServiceEndpointsExtensions
{
    /// <summary>
    /// Two Kestrel endpoints (decision 002): gRPC on HTTP/2 only — cleartext Http1AndHttp2 would
    /// break h2c for gRPC clients — and HTTP/1.1 for health probes. Ports default to the service's
    /// entry in <see cref="Resources"/>; the AppHost passes the ones Aspire allocated, and in-process
    /// tests pass 0 so the OS assigns one at bind time.
    /// </summary>
    public static WebApplicationBuilder AddServiceEndpoints(this WebApplicationBuilder builder, string serviceName)
    {
        var defaults = Resources.Service(serviceName);
        var configuration = builder.Configuration;
        var bind = ConfigurationValues.Address(configuration, ConfigKeys.BindAddress, IPAddress.Loopback);
        var grpcPort = ConfigurationValues.Port(configuration, ConfigKeys.GrpcPort, defaults.GrpcPort);
        var httpPort = ConfigurationValues.Port(configuration, ConfigKeys.HttpPort, defaults.HttpPort);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(bind, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(bind, httpPort, listen => listen.Protocols = HttpProtocols.Http1);
        });
        return builder;
    }
}
