using HuiShang.Contracts;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests;

/// <summary>Missing or wrong configuration stops the gateway at start, naming the environment variable to set.</summary>
public sealed class GatewayConfigurationTests
{
    private readonly TestSigner _auth = new();

    [Theory]
    [InlineData(ConfigKeys.SigningKey, "Auth__SigningKey")]
    [InlineData(ConfigKeys.PublicKeys, "Auth__PublicKeys")]
    [InlineData("Services:proposals:grpc", "Services__proposals__grpc")]
    [InlineData("Services:notifications:grpc", "Services__notifications__grpc")]
    [InlineData("Services:agreements:grpc", "Services__agreements__grpc")]
    [InlineData("Services:funding:grpc", "Services__funding__grpc")]
    [InlineData("Services:evaluation:grpc", "Services__evaluation__grpc")]
    public void A_missing_key_is_named(string key, string variable)
    {
        var settings = GatewayHost.Settings(_auth, "http://127.0.0.1:5101", "http://127.0.0.1:5105");
        settings[key] = null;

        var error = Assert.Throws<MissingConfigurationException>(() => GatewayHost.CreateBuilder(Environments.Production, settings).AddGateway());

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Services:proposals:grpc", "127.0.0.1:5101", "Services__proposals__grpc")]
    [InlineData("Services:notifications:grpc", "tcp://x:1", "Services__notifications__grpc")]
    [InlineData(ConfigKeys.HttpPort, "eighty", "Endpoints__Http")]
    [InlineData(ConfigKeys.BindAddress, "everywhere", "Endpoints__Bind")]
    [InlineData("Gateway:UpstreamTimeout", "soon", "Gateway__UpstreamTimeout")]
    [InlineData("RateLimits:WritesPerUser", "0", "RateLimits__WritesPerUser")]
    [InlineData("RateLimits:AnonymousPerClient", "many", "RateLimits__AnonymousPerClient")]
    [InlineData("RateLimits:Window", "00:00:00", "RateLimits__Window")]
    public void An_unusable_value_is_named(string key, string value, string variable)
    {
        var settings = GatewayHost.Settings(_auth, "http://127.0.0.1:5101", "http://127.0.0.1:5105");
        settings[key] = value;

        var error = Assert.Throws<InvalidConfigurationException>(() => GatewayHost.CreateBuilder(Environments.Production, settings).AddGateway());

        Assert.Equal(variable, error.EnvironmentVariable);
    }
}
