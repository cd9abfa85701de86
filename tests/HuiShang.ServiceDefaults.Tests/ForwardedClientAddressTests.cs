using System.Net;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Decision 012: a forwarded client address is believed only from a trusted forwarder, and only if it is an address.</summary>
public sealed class ForwardedClientAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "", "203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:127.0.0.1", "", "::ffff:198.51.100.2", "198.51.100.2")]
    [InlineData("10.0.5.9", "", "203.0.113.7", "10.0.5.9")]
    [InlineData("10.0.5.9", "10.0.5.0/24", "203.0.113.7", "203.0.113.7")]
    [InlineData("10.0.5.9", "10.0.5.8, 10.0.5.9", "203.0.113.7", "203.0.113.7")]
    [InlineData("127.0.0.1", "", "not-an-address'; DROP TABLE x", "127.0.0.1")]
    [InlineData("127.0.0.1", "", "", "127.0.0.1")]
    public void The_peer_decides_whether_the_forwarded_address_counts(string peer, string trusted, string forwarded, string expected)
    {
        var call = Call(peer, trusted);
        if (forwarded.Length > 0)
        {
            call.Request.Headers[ForwardedClientAddress.MetadataKey] = forwarded;
        }

        Assert.Equal(expected, ForwardedClientAddress.Resolve(call));
    }

    [Fact]
    public void An_unusable_trusted_forwarders_setting_stops_the_host_naming_the_variable()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TrustedForwarders.ConfigKey] = "gateway" }).Build();

        var error = Assert.ThrowsAny<Exception>(() => TrustedForwarders.FromConfiguration(configuration));

        Assert.Contains("Identity__TrustedForwarders", error.Message);
    }

    private static DefaultHttpContext Call(string peer, string trusted)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TrustedForwarders.ConfigKey] = trusted }).Build();
        var services = new ServiceCollection().AddSingleton(TrustedForwarders.FromConfiguration(configuration)).BuildServiceProvider();
        var call = new DefaultHttpContext { RequestServices = services };
        call.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        return call;
    }
}
