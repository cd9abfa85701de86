using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Agreements.Grpc;

/// <summary>
/// Which agreements a caller may see (api.md tenancy). Planning, director and experts: their jurisdiction's.
/// A business division: those it was asked to comment on, and the signed ones of its jurisdiction. City
/// roles: their region's. A district: the signed agreements of its city (it registers projects under them).
/// Anyone else none; what cannot be seen is "not found". Writes check the role first, then this.
/// </summary>
internal static class AgreementTenancy
{
    private static readonly string[] JurisdictionRoles = [Roles.ProvincePlanning, Roles.ProvinceDirector, Roles.Expert];
    private static readonly string[] CityRoles = [Roles.CityBureau, Roles.CityLeader, Roles.CitySystem];

    /// <summary>The rows that may be visible, narrowed in the database; <see cref="CanSee"/> decides.</summary>
    public static IQueryable<Agreement> Candidates(this IQueryable<Agreement> agreements, PlatformCaller caller)
    {
        if (caller.IsUpperRole)
        {
            return agreements.Where(a => a.JurisdictionCode == caller.JurisdictionCode);
        }

        if (CityRoles.Any(caller.HasRole))
        {
            return agreements.Where(a => a.RegionCode == caller.RegionCode);
        }

        var city = ParentCity(caller);
        return caller.HasRole(Roles.District) && city is not null
            ? agreements.Where(a => a.RegionCode == city && a.Status == AgreementStatus.Signed)
            : agreements.Where(_ => false);
    }

    public static bool CanSee(this PlatformCaller caller, Agreement agreement)
    {
        if (JurisdictionRoles.Any(caller.HasRole) && agreement.JurisdictionCode == caller.JurisdictionCode)
        {
            return true;
        }

        if (caller.HasRole(Roles.ProvinceDivision) && agreement.JurisdictionCode == caller.JurisdictionCode)
        {
            return agreement.Status == AgreementStatus.Signed
                || agreement.Rounds.Any(r => r.Divisions.Contains(caller.Division ?? "", StringComparer.Ordinal));
        }

        if (CityRoles.Any(caller.HasRole))
        {
            return agreement.RegionCode == caller.RegionCode;
        }

        return caller.HasRole(Roles.District) && agreement.Status == AgreementStatus.Signed && agreement.RegionCode == ParentCity(caller);
    }

    private static string? ParentCity(PlatformCaller caller) =>
        RegionCatalog.Default.Find(caller.RegionCode) is { Level: RegionLevel.District, ParentCode: { } parent } ? parent : null;
}
