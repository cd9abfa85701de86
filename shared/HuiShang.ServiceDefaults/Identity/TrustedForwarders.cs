using System.Net;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// The peers whose forwarded client address a service believes (the gateway's). Identity:TrustedForwarders
/// (environment Identity__TrustedForwarders): comma-separated addresses or CIDR networks; unset =
/// loopback only, which is the gateway on one machine (AppHost, tests). In a cluster set the
/// gateway's network; see decision 012 for why a mesh sidecar changes this.
/// </summary>
public sealed class TrustedForwarders(IReadOnlyList<IPNetwork> networks)
{
    public const string ConfigKey = "Identity:TrustedForwarders";

    public static readonly TrustedForwarders LoopbackOnly = new([IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")]);

    public bool Includes(IPAddress peer)
    {
        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        return networks.Any(network => network.Contains(address));
    }

    public static TrustedForwarders FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[ConfigKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return LoopbackOnly;
        }

        var networks = new List<IPNetwork>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(part, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(part, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(ConfigKey), value, "addresses or CIDR networks, comma-separated, e.g. 10.0.5.0/24");
            }
        }

        return new TrustedForwarders(networks);
    }
}
