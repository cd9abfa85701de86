using HuiShang.Hosting;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.Extensions.Configuration;

namespace HuiShang.Gateway.Tests;

/// <summary>Decision 011: the key set, the signing key and the lifetimes are checked at start, and a secret is never echoed.</summary>
public sealed class PlatformAuthOptionsTests
{
    private static readonly SigningKeyPair Pair = SigningKeyPair.Create("k1");
    private static readonly string PublicSet = SigningKeyPair.KeySet(Pair.PublicJwk);

    [Fact]
    public void A_missing_public_key_set_fails_naming_Auth__PublicKeys()
    {
        var error = Assert.Throws<MissingConfigurationException>(() => PlatformAuthOptions.FromConfiguration(Config()));

        Assert.Equal(["Auth__PublicKeys"], error.EnvironmentVariables);
    }

    public static TheoryData<string> UnusableKeySets => new()
    {
        "not json",
        """{"keys": []}""",
        """{"keys": [{"kty": "oct", "kid": "h", "k": "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA"}]}""",
        SigningKeyPair.KeySet(SigningKeyPair.Create("").PublicJwk),
        SigningKeyPair.KeySet(Pair.PublicJwk, Pair.PublicJwk),
    };

    [Theory]
    [MemberData(nameof(UnusableKeySets))]
    public void An_unusable_public_key_set_fails_naming_Auth__PublicKeys(string keySet)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => PlatformAuthOptions.FromConfiguration(Config(("Auth:PublicKeys", keySet))));

        Assert.Equal("Auth__PublicKeys", error.EnvironmentVariable);
    }

    [Fact]
    public void A_private_key_in_the_public_key_set_is_refused_without_echoing_it()
    {
        var withPrivate = SigningKeyPair.KeySet(Pair.PrivateJwk);

        var error = Assert.Throws<InvalidConfigurationException>(() => PlatformAuthOptions.FromConfiguration(Config(("Auth:PublicKeys", withPrivate))));

        Assert.Equal("Auth__PublicKeys", error.EnvironmentVariable);
        Assert.Contains("private", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Pair.PrivateJwk[^30..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issuer_audience_and_lifetimes_have_defaults()
    {
        var config = Config(("Auth:PublicKeys", PublicSet), ("Auth:SigningKey", Pair.PrivateJwk));
        var options = PlatformAuthOptions.FromConfiguration(config);
        var signing = PlatformSigningOptions.FromConfiguration(config, options);

        Assert.Equal(("huishang", "huishang-platform", TimeSpan.FromHours(8)), (options.Issuer, options.Audience, options.MaxTokenLifetime));
        Assert.Equal(("k1", TimeSpan.FromHours(8)), (signing.SigningKey.KeyId, signing.TokenLifetime));
    }

    [Fact]
    public void Issuer_audience_and_lifetimes_come_from_configuration()
    {
        var config = Config(
            ("Auth:PublicKeys", PublicSet), ("Auth:SigningKey", Pair.PrivateJwk), ("Auth:Issuer", "gx"), ("Auth:Audience", "gx-portal"),
            ("Auth:TokenLifetime", "00:30:00"), ("Auth:MaxTokenLifetime", "01:00:00"));
        var options = PlatformAuthOptions.FromConfiguration(config);

        Assert.Equal(("gx", "gx-portal", TimeSpan.FromHours(1)), (options.Issuer, options.Audience, options.MaxTokenLifetime));
        Assert.Equal(TimeSpan.FromMinutes(30), PlatformSigningOptions.FromConfiguration(config, options).TokenLifetime);
    }

    [Theory]
    [InlineData("Auth:TokenLifetime", "forever", "Auth__TokenLifetime")]
    [InlineData("Auth:TokenLifetime", "09:00:00", "Auth__TokenLifetime")] // over the 8 h maximum: every validator would refuse it
    [InlineData("Auth:MaxTokenLifetime", "36500.00:00:00", "Auth__MaxTokenLifetime")]
    [InlineData("Auth:MaxTokenLifetime", "00:00:00", "Auth__MaxTokenLifetime")]
    public void An_unusable_lifetime_fails_naming_it(string key, string value, string variable)
    {
        var config = Config(("Auth:PublicKeys", PublicSet), ("Auth:SigningKey", Pair.PrivateJwk), (key, value));

        var error = Assert.Throws<InvalidConfigurationException>(() => PlatformSigningOptions.FromConfiguration(config, PlatformAuthOptions.FromConfiguration(config)));

        Assert.Equal(variable, error.EnvironmentVariable);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("public")]
    public void An_unusable_signing_key_fails_without_echoing_it(string kind)
    {
        var value = kind == "public" ? Pair.PublicJwk : "not json " + Pair.PrivateJwk;
        var config = Config(("Auth:PublicKeys", PublicSet), ("Auth:SigningKey", value));

        var error = Assert.Throws<InvalidConfigurationException>(() => PlatformSigningOptions.FromConfiguration(config, PlatformAuthOptions.FromConfiguration(config)));

        Assert.Equal("Auth__SigningKey", error.EnvironmentVariable);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
