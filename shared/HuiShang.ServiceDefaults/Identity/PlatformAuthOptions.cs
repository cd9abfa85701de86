using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// How the platform's JWTs are signed and checked (decision 002): one HMAC-SHA256 key shared by
/// the gateway and every service, so each service validates the forwarded token itself.
/// </summary>
public sealed class PlatformAuthOptions
{
    public const string DefaultIssuer = "huishang";
    public const string DefaultAudience = "huishang-platform";

    /// <summary>Lifetime of issued tokens, as a TimeSpan ("08:00:00"); environment Auth__TokenLifetime.</summary>
    public const string TokenLifetimeKey = "Auth:TokenLifetime";

    /// <summary>HMAC-SHA256 wants a key at least as long as its output (RFC 7518 §3.2).</summary>
    public const int MinimumKeyBytes = 32;

    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromHours(8);

    public PlatformAuthOptions(byte[] signingKey, string issuer = DefaultIssuer, string audience = DefaultAudience, TimeSpan? tokenLifetime = null)
    {
        if (signingKey.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The signing key has {signingKey.Length} bytes; at least {MinimumKeyBytes} are needed.", nameof(signingKey));
        }

        SigningKey = new SymmetricSecurityKey(signingKey);
        Issuer = issuer;
        Audience = audience;
        TokenLifetime = tokenLifetime ?? DefaultTokenLifetime;
    }

    public SymmetricSecurityKey SigningKey { get; }

    public string Issuer { get; }

    public string Audience { get; }

    public TimeSpan TokenLifetime { get; }

    /// <summary>Reads Auth:*; a missing or unusable key stops the host, naming Auth__SigningKey.</summary>
    public static PlatformAuthOptions FromConfiguration(IConfiguration configuration)
    {
        var variable = ConfigKeys.AsEnvironmentVariable(ConfigKeys.SigningKey);
        var encoded = configuration[ConfigKeys.SigningKey];
        if (string.IsNullOrWhiteSpace(encoded))
        {
            throw new MissingConfigurationException([variable]);
        }

        var key = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded.Trim(), key, out var length) || length < MinimumKeyBytes)
        {
            // Never echo the value: it is a secret.
            throw new InvalidConfigurationException(variable, "***", $"base64 of at least {MinimumKeyBytes} random bytes (openssl rand -base64 32)");
        }

        return new PlatformAuthOptions(
            key[..length],
            Text(configuration, ConfigKeys.Issuer) ?? DefaultIssuer,
            Text(configuration, ConfigKeys.Audience) ?? DefaultAudience,
            Lifetime(configuration));
    }

    private static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static TimeSpan Lifetime(IConfiguration configuration)
    {
        var value = Text(configuration, TokenLifetimeKey);
        if (value is null)
        {
            return DefaultTokenLifetime;
        }

        return TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var lifetime) && lifetime > TimeSpan.Zero
            ? lifetime
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(TokenLifetimeKey), value, "a positive duration such as 08:00:00");
    }
}
