using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// The caller's network address for the audit trail (decision 012). The gateway sends the address
/// it saw as <see cref="MetadataKey"/>; a service believes it only when the call's own peer is a
/// trusted forwarder (<see cref="TrustedForwarders"/>), as ForwardedHeaders believes
/// X-Forwarded-For only from known proxies. From anyone else the peer's own address is recorded,
/// so a direct caller cannot put a made-up address into history.
/// </summary>
public static class ForwardedClientAddress
{
    public const string MetadataKey = "x-client-address";

    public static string? Resolve(HttpContext call)
    {
        var peer = call.Connection.RemoteIpAddress;
        if (peer is null)
        {
            return null;
        }

        var trusted = call.RequestServices.GetService<TrustedForwarders>() ?? TrustedForwarders.LoopbackOnly;
        if (trusted.Includes(peer)
            && call.Request.Headers[MetadataKey].ToString() is { Length: > 0 } forwarded
            && IPAddress.TryParse(forwarded, out var address))
        {
            // Parsed and re-written: only an address, never arbitrary text, reaches the history.
            return Text(address);
        }

        return Text(peer);
    }

    /// <summary>An address as stored and forwarded: IPv4-mapped IPv6 as plain IPv4.</summary>
    public static string Text(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
