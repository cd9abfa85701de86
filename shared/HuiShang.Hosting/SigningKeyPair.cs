using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace HuiShang.Hosting;

/// <summary>
/// An ES256 (ECDSA P-256) token key pair as JSON Web Keys (RFC 7517), named by its key id (decision 011):
/// the private JWK goes to the signer only (Auth__SigningKey), the public one into every host's
/// key set (Auth__PublicKeys). Written by hand here so the AppHost needs no identity packages; the
/// hosts read them with Microsoft.IdentityModel.
/// </summary>
public sealed record SigningKeyPair(string KeyId, string PrivateJwk, string PublicJwk)
{
    public static SigningKeyPair Create(string keyId)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: true);
        var jwk = new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["kid"] = keyId,
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["x"] = Base64Url.EncodeToString(parameters.Q.X),
            ["y"] = Base64Url.EncodeToString(parameters.Q.Y),
            ["d"] = Base64Url.EncodeToString(parameters.D),
        };
        return FromPrivateJwk(jwk.ToJsonString());
    }

    /// <summary>The pair of a stored private JWK: the public half is the same key without "d".</summary>
    public static SigningKeyPair FromPrivateJwk(string privateJwk)
    {
        var jwk = JsonNode.Parse(privateJwk)?.AsObject() ?? throw new FormatException("A JWK is a JSON object.");
        var keyId = jwk["kid"]?.GetValue<string>() ?? throw new FormatException("The JWK has no kid.");
        jwk.Remove("d");
        return new SigningKeyPair(keyId, privateJwk, jwk.ToJsonString());
    }

    /// <summary>A JWK Set (RFC 7517 §5) of public keys: what validators trust, old and new during a rotation.</summary>
    public static string KeySet(params IEnumerable<string> publicJwks) =>
        new JsonObject { ["keys"] = new JsonArray([.. publicJwks.Select(jwk => JsonNode.Parse(jwk))]) }.ToJsonString();
}
