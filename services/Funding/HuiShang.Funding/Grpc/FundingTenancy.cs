using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Funding.Domain;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Funding.Grpc;

/// <summary>
/// Which envelopes and projects a caller may see (api.md, identity and tenancy): upper roles (experts
/// included: they evaluate the implementation, GX-20 / HB-22) their jurisdiction's, city roles their city's, a district its own district's projects (and its city's
/// envelopes); anyone else none. What cannot be seen is "not found", never "forbidden".
/// </summary>
internal static class FundingTenancy
{
    public static readonly string[] ProvinceRoles = [Roles.ProvincePlanning, Roles.ProvinceDivision, Roles.ProvinceDirector];

    private static readonly string[] CityRoles = [Roles.CityBureau, Roles.CityLeader, Roles.CitySystem];

    public static bool IsProvince(this PlatformCaller caller) => ProvinceRoles.Any(caller.HasRole);

    public static bool IsCity(this PlatformCaller caller) => CityRoles.Any(caller.HasRole);

    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, PlatformCaller caller)
    {
        if (caller.IsUpperRole)
        {
            return projects.Where(p => p.JurisdictionCode == caller.JurisdictionCode);
        }

        if (caller.IsCity())
        {
            return projects.Where(p => p.RegionCode == caller.RegionCode);
        }

        return caller.HasRole(Roles.District)
            ? projects.Where(p => p.DistrictCode == caller.RegionCode)
            : projects.Where(_ => false);
    }

    public static bool CanSee(this PlatformCaller caller, Envelope envelope) =>
        (caller.IsUpperRole && envelope.JurisdictionCode == caller.JurisdictionCode)
        || (caller.IsCity() && envelope.RegionCode == caller.RegionCode)
        || (caller.HasRole(Roles.District) && ParentCity(caller.RegionCode) == envelope.RegionCode);

    /// <summary>The city a district belongs to, from the reference data; null for anything else.</summary>
    public static string? ParentCity(string districtCode) =>
        RegionCatalog.Default.Find(districtCode) is { Level: RegionLevel.District } district ? district.ParentCode : null;
}
