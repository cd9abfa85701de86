using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>What makes a platform token acceptable: signature, issuer, audience, lifetime and the claims api.md promises.</summary>
public static class PlatformTokenValidation
{
    /// <summary>
    /// Tolerated clock difference between hosts, fixed rather than configurable: the default 5 minutes
    /// would keep expired tokens alive too long, and it widens every lifetime check below.
    /// </summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Claims every caller must have: services decide tenancy by region and jurisdiction.</summary>
    public static readonly IReadOnlyList<string> RequiredClaims =
        [HuiShangClaims.Subject, HuiShangClaims.Role, HuiShangClaims.Region, HuiShangClaims.Jurisdiction];

    public static TokenValidationParameters Parameters(PlatformAuthOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        // Every key of the set: a token signed with the old key stays valid while both are configured (rotation).
        IssuerSigningKeys = options.PublicKeys,
        // Pinning the algorithm shuts out "alg: none" and algorithm confusion (an HS256 token "signed" with a public key).
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = PlatformTokenLifetime.Validator(options.MaxTokenLifetime),
        NameClaimType = HuiShangClaims.Name,
        RoleClaimType = HuiShangClaims.Role,
    };

    /// <summary>
    /// A correctly signed token without region or role would make every tenancy check guess:
    /// reject it at authentication (401), not deep inside a service.
    /// </summary>
    public static Task RequireClaims(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var missing = RequiredClaims.Where(type => string.IsNullOrWhiteSpace(principal?.FindFirst(type)?.Value)).ToList();
        if (missing.Count > 0)
        {
            context.Fail($"The token lacks the claim(s) {string.Join(", ", missing)}.");
        }

        return Task.CompletedTask;
    }
}
