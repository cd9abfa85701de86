using System.Security.Claims;

namespace HuiShang.ServiceDefaults.Identity;

/// <summary>
/// The authenticated caller as domain code needs it: who, which roles, which region and
/// jurisdiction. Made from a validated principal, so the required claims are there.
/// </summary>
public sealed record PlatformCaller(
    string Subject,
    string? Name,
    IReadOnlyList<string> Roles,
    string RegionCode,
    string JurisdictionCode,
    string? Division)
{
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool IsUpperRole => Roles.Any(role => Contracts.Identity.Roles.UpperRoles.Contains(role, StringComparer.Ordinal));

    public static PlatformCaller From(ClaimsPrincipal principal) => new(
        principal.Subject(),
        principal.DisplayName(),
        principal.Roles(),
        principal.RegionCode(),
        principal.JurisdictionCode(),
        principal.Division());
}
