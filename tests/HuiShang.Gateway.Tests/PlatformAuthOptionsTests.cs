using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.Extensions.Configuration;

namespace HuiShang.Gateway.Tests;

public sealed class PlatformAuthOptionsTests
{
    private static readonly string ValidKey = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void A_missing_signing_key_fails_naming_Auth__SigningKey()
    {
        var error = Assert.Throws<MissingConfigurationException>(() => PlatformAuthOptions.FromConfiguration(Config()));

        Assert.Equal(["Auth__SigningKey"], error.EnvironmentVariables);
    }

    [Theory]
    [InlineData("c2hvcnQta2V5")]
    [InlineData("not base64 at all!")]
    public void A_short_or_malformed_key_fails_without_echoing_it(string key)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => PlatformAuthOptions.FromConfiguration(Config(("Auth:SigningKey", key))));

        Assert.Equal("Auth__SigningKey", error.EnvironmentVariable);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issuer_audience_and_lifetime_have_defaults()
    {
        var options = PlatformAuthOptions.FromConfiguration(Config(("Auth:SigningKey", ValidKey)));

        Assert.Equal(("huishang", "huishang-platform", TimeSpan.FromHours(8)), (options.Issuer, options.Audience, options.TokenLifetime));
    }

    [Fact]
    public void Issuer_audience_and_lifetime_come_from_configuration()
    {
        var options = PlatformAuthOptions.FromConfiguration(Config(
            ("Auth:SigningKey", ValidKey), ("Auth:Issuer", "gx"), ("Auth:Audience", "gx-portal"), ("Auth:TokenLifetime", "00:30:00")));

        Assert.Equal(("gx", "gx-portal", TimeSpan.FromMinutes(30)), (options.Issuer, options.Audience, options.TokenLifetime));
    }

    [Fact]
    public void A_lifetime_that_is_not_a_duration_fails_naming_it()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() =>
            PlatformAuthOptions.FromConfiguration(Config(("Auth:SigningKey", ValidKey), ("Auth:TokenLifetime", "forever"))));

        Assert.Equal("Auth__TokenLifetime", error.EnvironmentVariable);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
