using System.Security.Claims;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// Signs platform tokens (ES256, with the key's kid in the header): for seeded users (the gateway's
/// development endpoint) and for tests. Production tokens would come from a real identity provider
/// with the same claims, signed by a key in the platform's public key set.
/// </summary>
public sealed class PlatformTokenIssuer(PlatformSigningOptions signing, PlatformAuthOptions validation, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan Lifetime => signing.TokenLifetime;

    /// <summary>A token carrying the claims of api.md for <paramref name="user"/>.</summary>
    public string Issue(DemoUser user, TimeSpan? lifetime = null) => Issue(ClaimsOf(user), time.GetUtcNow(), lifetime ?? signing.TokenLifetime);

    /// <summary>A token with exactly <paramref name="claims"/>, valid from <paramref name="issuedAt"/> for <paramref name="lifetime"/>.</summary>
    public string Issue(IEnumerable<Claim> claims, DateTimeOffset issuedAt, TimeSpan lifetime) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = validation.Issuer,
            Audience = validation.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(signing.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });

    public static IReadOnlyList<Claim> ClaimsOf(DemoUser user)
    {
        List<Claim> claims =
        [
            new(HuiShangClaims.Subject, user.Name),
            new(HuiShangClaims.Name, user.Name),
            new(HuiShangClaims.Role, user.Role),
            new(HuiShangClaims.Region, user.RegionCode),
            new(HuiShangClaims.Jurisdiction, user.JurisdictionCode),
        ];
        if (user.Division is { } division)
        {
            claims.Add(new Claim(HuiShangClaims.Division, division));
        }

        return claims;
    }
}
