using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// Validates a token once and remembers the verdict until the token expires (issue 17): checking an
/// ES256 signature is the dearest step of a read, and every request carries the same token many
/// times over — through the gateway and again in the service. Only valid tokens are remembered,
/// under their exact text, never past their own expiry (so the lifetime check still holds), and at
/// most <see cref="Capacity"/> of them; keys are fixed for a host's life (a rotation restarts it).
/// Each hit hands out a copy of the identity, so nothing a request adds to it leaks into another.
/// </summary>
public sealed class ValidatedTokenCache(TokenHandler inner, TimeProvider time) : TokenHandler, IDisposable
{
    public const int Capacity = 10_000;

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > time.GetUtcNow().UtcDateTime)
        {
            return Copy(known);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { ValidTo: var expires } && expires > time.GetUtcNow().UtcDateTime)
        {
            _valid.Set(token, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(expires, TimeSpan.Zero) });
            return Copy(result);
        }

        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public void Dispose() => _valid.Dispose();

    private static TokenValidationResult Copy(TokenValidationResult result) => new()
    {
        IsValid = true,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        SecurityToken = result.SecurityToken,
        Issuer = result.Issuer,
        TokenType = result.TokenType,
    };

    /// <summary>The handler JwtBearer uses by default, behind the cache.</summary>
    public static ValidatedTokenCache ForJsonWebTokens(TimeProvider time) => new(new JsonWebTokenHandler { MapInboundClaims = false }, time);
}
