using System.Security.Claims;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// Signs platform tokens: for seeded users (the gateway's development endpoint) and for tests.
/// Production tokens would come from a real identity provider with the same claims and key.
/// </summary>
public sealed class PlatformTokenIssuer(PlatformAuthOptions options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan Lifetime => options.TokenLifetime;

    /// <summary>A token carrying the claims of api.md for <paramref name="user"/>.</summary>
    public string Issue(DemoUser user, TimeSpan? lifetime = null) => Issue(ClaimsOf(user), time.GetUtcNow(), lifetime ?? options.TokenLifetime);

    /// <summary>A token with exactly <paramref name="claims"/>, valid from <paramref name="issuedAt"/> for <paramref name="lifetime"/>.</summary>
    public string Issue(IEnumerable<Claim> claims, DateTimeOffset issuedAt, TimeSpan lifetime) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(options.SigningKey, SecurityAlgorithms.HmacSha256),
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
