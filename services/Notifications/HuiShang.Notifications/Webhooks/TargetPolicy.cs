using System.Net;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// SSRF guard (decision 020): a webhook may only reach public addresses, unless the operator's
/// allow-list names the host or its network. Checked when a subscription is made (its URL) and again
/// on every connection (<see cref="GuardedConnections"/>), because a name can resolve elsewhere later.
/// </summary>
public sealed class TargetPolicy(IReadOnlyList<string> allowed)
{
    // Loopback, private, shared (CGNAT), link-local (incl. the 169.254.169.254 metadata service),
    // "this network", benchmarking, multicast, reserved; IPv6 unique-local (incl. fd00:ec2::254),
    // link-local, multicast and NAT64 (which reaches IPv4 insides).
    private static readonly IPNetwork[] Forbidden =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8", "64:ff9b::/96",
        }.Select(n => IPNetwork.Parse(n)),
    ];

    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);

    private readonly IReadOnlyList<IPNetwork> _networks = [.. allowed.Select(Network).OfType<IPNetwork>()];
    private readonly IReadOnlyList<string> _hosts = [.. allowed.Where(a => Network(a) is null)];

    public IReadOnlyList<string> Allowed { get; } = allowed;

    public static TargetPolicy Parse(IReadOnlyList<string> entries, string key)
    {
        foreach (var entry in entries.Where(e => e.Contains('/', StringComparison.Ordinal) && Network(e) is null))
        {
            throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), entry, "host names, IP addresses or CIDR ranges, comma-separated");
        }

        return new TargetPolicy(entries);
    }

    /// <summary>Whether a connection to <paramref name="address"/>, resolved from <paramref name="host"/>, is allowed.</summary>
    public bool Permits(string host, IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IsAllowListed(host, plain) || !Forbidden.Any(n => n.Contains(plain));
    }

    public bool IsAllowListed(string host, IPAddress? address) =>
        _hosts.Contains(host, StringComparer.OrdinalIgnoreCase)
        || (address is not null && _networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));

    /// <summary>Null when <paramref name="url"/> may be a subscription's target, else why not (for the caller).</summary>
    public async Task<string?> RefusalAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            return "An absolute https:// URL.";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "No user name, password or #fragment in the URL: authenticate by the signature.";
        }

        var addresses = await ResolveAsync(uri.IdnHost, cancellationToken);
        if (addresses.Length == 0)
        {
            return $"{uri.Host} does not resolve to an address.";
        }

        if (uri.Scheme == "http" && !addresses.All(a => IsAllowListed(uri.IdnHost, a)))
        {
            return "Only https:// targets are accepted.";
        }

        return addresses.FirstOrDefault(a => !Permits(uri.IdnHost, a)) is { } refused
            ? $"{uri.Host} resolves to {refused}, a loopback, private, link-local or metadata address: not a possible target."
            : null;
    }

    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        // A name that takes longer than this to resolve counts as not resolving: the caller's request
        // (and a delivery attempt) must not wait on a slow resolver.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return [];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    private static IPNetwork? Network(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }

        return IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128) : null;
    }
}
