using System.Net;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Gateway.Hosting;

internal static class GatewayEndpoint
{
    /// <summary>
    /// Requests larger than this are refused with 413 before the body is read: the largest real
    /// payload (a proposal with its topics) is a few kilobytes.
    /// </summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>One HTTP/1.1 endpoint on Endpoints:Bind (127.0.0.1) and Endpoints:Http (8080); port 0 picks a free one.</summary>
    public static WebApplicationBuilder AddGatewayEndpoint(this WebApplicationBuilder builder)
    {
        var address = ReadAddress(builder.Configuration);
        var port = ReadPort(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        return builder;
    }

    private static IPAddress ReadAddress(IConfiguration configuration)
    {
        var value = configuration[ConfigKeys.BindAddress];
        if (string.IsNullOrWhiteSpace(value))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(ConfigKeys.BindAddress), value, "an IP address such as 127.0.0.1 or 0.0.0.0");
    }

    private static int ReadPort(IConfiguration configuration)
    {
        var value = configuration[ConfigKeys.HttpPort];
        if (string.IsNullOrWhiteSpace(value))
        {
            return Resources.GatewayPort;
        }

        return int.TryParse(value, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(ConfigKeys.HttpPort), value, "a TCP port (0–65535)");
    }
}
