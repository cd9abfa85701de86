using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// The signer's private key and the lifetime of what it issues (decision 011). Only the gateway reads
/// it (<see cref="PlatformAuthenticationExtensions.AddPlatformTokenIssuer"/>); services never do.
/// </summary>
public sealed class PlatformSigningOptions(ECDsaSecurityKey signingKey, TimeSpan? tokenLifetime = null)
{
    /// <summary>Lifetime of issued tokens, as a TimeSpan ("08:00:00"); environment Auth__TokenLifetime.</summary>
    public const string TokenLifetimeKey = "Auth:TokenLifetime";

    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromHours(8);

    public ECDsaSecurityKey SigningKey { get; } = signingKey;

    public TimeSpan TokenLifetime { get; } = tokenLifetime ?? DefaultTokenLifetime;

    /// <summary>
    /// Reads Auth__SigningKey and Auth__TokenLifetime, and refuses a signer whose tokens its own
    /// validators would refuse: a key not in Auth__PublicKeys, or a lifetime over the maximum.
    /// </summary>
    public static PlatformSigningOptions FromConfiguration(IConfiguration configuration, PlatformAuthOptions validation)
    {
        var variable = ConfigKeys.AsEnvironmentVariable(ConfigKeys.SigningKey);
        var json = configuration[ConfigKeys.SigningKey];
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new MissingConfigurationException([variable]);
        }

        var key = PlatformJsonWebKeys.PrivateKey(json, variable);
        var trusted = validation.PublicKeys.FirstOrDefault(k => k.KeyId == key.KeyId);
        if (trusted is null || !PlatformJsonWebKeys.ArePair(key, trusted))
        {
            throw new InvalidConfigurationException(
                variable, $"kid '{key.KeyId}'", $"a key whose public half is in {ConfigKeys.AsEnvironmentVariable(ConfigKeys.PublicKeys)} under the same kid");
        }

        var lifetime = ConfigurationValues.Duration(configuration, TokenLifetimeKey, DefaultTokenLifetime, validation.MaxTokenLifetime);
        return new PlatformSigningOptions(key, lifetime);
    }
}
