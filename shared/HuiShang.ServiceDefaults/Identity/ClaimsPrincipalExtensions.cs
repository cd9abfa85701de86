using System.Security.Claims;
using HuiShang.Contracts.Identity;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// The caller's platform claims by name. For an authenticated platform caller sub, role, region
/// and jurisdiction are always present (authentication rejects tokens without them).
/// </summary>
public static class ClaimsPrincipalExtensions
{
    public static string Subject(this ClaimsPrincipal principal) => Required(principal, HuiShangClaims.Subject);

    public static string? DisplayName(this ClaimsPrincipal principal) => principal.FindFirst(HuiShangClaims.Name)?.Value;

    /// <summary>GB/T 2260 code of the caller's own region.</summary>
    public static string RegionCode(this ClaimsPrincipal principal) => Required(principal, HuiShangClaims.Region);

    /// <summary>GB/T 2260 code of the upper authority whose mechanism the caller takes part in.</summary>
    public static string JurisdictionCode(this ClaimsPrincipal principal) => Required(principal, HuiShangClaims.Jurisdiction);

    /// <summary>Business division of a province-division caller, else null.</summary>
    public static string? Division(this ClaimsPrincipal principal) => principal.FindFirst(HuiShangClaims.Division)?.Value;

    public static IReadOnlyList<string> Roles(this ClaimsPrincipal principal) =>
        principal.FindAll(HuiShangClaims.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();

    public static bool HasAnyRole(this ClaimsPrincipal principal, params IEnumerable<string> roles) =>
        roles.Any(role => principal.HasClaim(HuiShangClaims.Role, role));

    /// <summary>A province-side role: sees the whole jurisdiction rather than one region (api.md tenancy).</summary>
    public static bool IsUpperRole(this ClaimsPrincipal principal) => principal.HasAnyRole(Contracts.Identity.Roles.UpperRoles);

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.HasAnyRole(Contracts.Identity.Roles.Admin);

    private static string Required(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The caller has no '{type}' claim: is the request authenticated?");
}
