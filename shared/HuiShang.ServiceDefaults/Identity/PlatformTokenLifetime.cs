using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// Issue 12, finding 5: a token signed for 100 years was accepted. Every validator, not only the
/// issuer, caps how long a token may live: exp and iat are required, exp − iat is at most the
/// configured maximum, and iat may not lie in the future (or a far-future iat would carry a far exp).
/// </summary>
public static class PlatformTokenLifetime
{
    public static LifetimeValidator Validator(TimeSpan maximum) => (notBefore, expires, token, parameters) =>
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no exp.");
        }

        if (token is not JsonWebToken jwt || !jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Iat, out var iat))
        {
            throw new SecurityTokenInvalidLifetimeException("The token has no iat, so its lifetime cannot be checked.") { Expires = expires };
        }

        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(iat).UtcDateTime;
        // The wall clock, as the standard exp/nbf checks below use it.
        var now = DateTime.UtcNow;
        if (issuedAt > now + parameters.ClockSkew)
        {
            throw new SecurityTokenInvalidLifetimeException($"The token was issued in the future ({issuedAt:O}).") { Expires = expires };
        }

        if (expires.Value - issuedAt > maximum)
        {
            throw new SecurityTokenInvalidLifetimeException(
                $"The token is valid for {expires.Value - issuedAt}; at most {maximum} is accepted.") { Expires = expires };
        }

        // The usual exp/nbf checks with the clock skew; without our delegate, or it would call itself.
        var standard = parameters.Clone();
        standard.LifetimeValidator = null;
        Validators.ValidateLifetime(notBefore, expires, token, standard);
        return true;
    };
}
