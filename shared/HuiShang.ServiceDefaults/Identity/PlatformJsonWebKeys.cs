using System.Security.Cryptography;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// Reads the platform's token keys from configuration (decision 011): EC P-256 JSON Web Keys, each
/// with a kid. Only ES256 is accepted, so a key of another kind is a configuration error at start,
/// not a token that fails later.
/// </summary>
public static class PlatformJsonWebKeys
{
    /// <summary>
    /// A JWK Set of public keys. A key with private material ("d") is refused: a validator's
    /// configuration must not be able to sign, or any host holding it could mint a director's token.
    /// </summary>
    public static IReadOnlyList<ECDsaSecurityKey> PublicKeySet(string json, string variable)
    {
        const string Expected = "a JWK Set {\"keys\": [...]} of public EC P-256 keys, each with a kid and without \"d\"";
        JsonWebKeySet set;
        try
        {
            set = new JsonWebKeySet(json);
        }
        catch (ArgumentException)
        {
            throw new InvalidConfigurationException(variable, Shorten(json), Expected);
        }

        var keys = set.Keys.Select(jwk => !string.IsNullOrEmpty(jwk.D)
            ? throw new InvalidConfigurationException(variable, "***", Expected + $" (key '{jwk.Kid}' carries a private key: give it to the signer only)")
            : ToKey(jwk, variable, Expected, withPrivate: false)).ToList();
        if (keys.Count == 0 || keys.Select(k => k.KeyId).Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new InvalidConfigurationException(variable, Shorten(json), Expected + ", at least one, key ids unique");
        }

        return keys;
    }

    /// <summary>The signer's private key, one JWK with its kid. Never echoed in an error.</summary>
    public static ECDsaSecurityKey PrivateKey(string json, string variable)
    {
        const string Expected = "a private EC P-256 JWK with kid and d (the gateway's signing key)";
        try
        {
            var jwk = new JsonWebKey(json);
            return string.IsNullOrEmpty(jwk.D)
                ? throw new InvalidConfigurationException(variable, "***", Expected)
                : ToKey(jwk, variable, Expected, withPrivate: true);
        }
        catch (ArgumentException)
        {
            throw new InvalidConfigurationException(variable, "***", Expected);
        }
    }

    /// <summary>
    /// Whether <paramref name="publicKey"/> verifies what <paramref name="privateKey"/> signs: a
    /// signer whose key is not among those trusted would issue tokens that every host refuses.
    /// </summary>
    public static bool ArePair(ECDsaSecurityKey privateKey, ECDsaSecurityKey publicKey)
    {
        var probe = RandomNumberGenerator.GetBytes(32);
        return publicKey.ECDsa.VerifyData(probe, privateKey.ECDsa.SignData(probe, HashAlgorithmName.SHA256), HashAlgorithmName.SHA256);
    }

    private static ECDsaSecurityKey ToKey(JsonWebKey jwk, string variable, string expected, bool withPrivate)
    {
        if (jwk.Kty != JsonWebAlgorithmsKeyTypes.EllipticCurve || jwk.Crv != JsonWebKeyECTypes.P256 || string.IsNullOrWhiteSpace(jwk.Kid))
        {
            throw new InvalidConfigurationException(variable, withPrivate ? "***" : $"kid '{jwk.Kid}', kty '{jwk.Kty}', crv '{jwk.Crv}'", expected);
        }

        try
        {
            var ecdsa = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = Base64UrlEncoder.DecodeBytes(jwk.X), Y = Base64UrlEncoder.DecodeBytes(jwk.Y) },
                D = withPrivate ? Base64UrlEncoder.DecodeBytes(jwk.D) : null,
            });
            return new ECDsaSecurityKey(ecdsa) { KeyId = jwk.Kid };
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            // A point off the curve or a truncated coordinate: ImportParameters checks it here.
            throw new InvalidConfigurationException(variable, withPrivate ? "***" : $"kid '{jwk.Kid}'", expected);
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
