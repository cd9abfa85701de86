using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// How every host checks the platform's JWTs (decision 011): ES256 signatures by any key of the
/// public key set (so a new key can be trusted before the old one is dropped), issuer, audience and
/// a maximum lifetime. Validators hold no private key; signing is <see cref="PlatformSigningOptions"/>.
/// </summary>
public sealed class PlatformAuthOptions
{
    public const string DefaultIssuer = "huishang";
    public const string DefaultAudience = "huishang-platform";

    /// <summary>Longest accepted exp − iat, as a TimeSpan; environment Auth__MaxTokenLifetime.</summary>
    public const string MaxTokenLifetimeKey = "Auth:MaxTokenLifetime";

    /// <summary>A working day: a stolen token is worth a day at most, whatever its exp claims.</summary>
    public static readonly TimeSpan DefaultMaxTokenLifetime = TimeSpan.FromHours(8);

    /// <summary>The most an operator may configure: a day-long token is already a long-lived secret.</summary>
    public static readonly TimeSpan MaxTokenLifetimeCeiling = TimeSpan.FromHours(24);

    public PlatformAuthOptions(
        IReadOnlyList<ECDsaSecurityKey> publicKeys, string issuer = DefaultIssuer, string audience = DefaultAudience, TimeSpan? maxTokenLifetime = null)
    {
        if (publicKeys.Count == 0)
        {
            throw new ArgumentException("At least one public key is needed.", nameof(publicKeys));
        }

        PublicKeys = publicKeys;
        Issuer = issuer;
        Audience = audience;
        MaxTokenLifetime = maxTokenLifetime ?? DefaultMaxTokenLifetime;
    }

    public IReadOnlyList<ECDsaSecurityKey> PublicKeys { get; }

    public string Issuer { get; }

    public string Audience { get; }

    public TimeSpan MaxTokenLifetime { get; }

    /// <summary>Reads Auth:*; a missing or unusable key set stops the host, naming Auth__PublicKeys.</summary>
    public static PlatformAuthOptions FromConfiguration(IConfiguration configuration)
    {
        var variable = ConfigKeys.AsEnvironmentVariable(ConfigKeys.PublicKeys);
        var json = configuration[ConfigKeys.PublicKeys];
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new MissingConfigurationException([variable]);
        }

        return new PlatformAuthOptions(
            PlatformJsonWebKeys.PublicKeySet(json, variable),
            Text(configuration, ConfigKeys.Issuer) ?? DefaultIssuer,
            Text(configuration, ConfigKeys.Audience) ?? DefaultAudience,
            ConfigurationValues.Duration(configuration, MaxTokenLifetimeKey, DefaultMaxTokenLifetime, MaxTokenLifetimeCeiling));
    }

    private static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
