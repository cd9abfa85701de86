using HuiShang.Contracts.Identity;
using HuiShang.Evaluation.Domain;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Evaluation.Grpc;

/// <summary>
/// Which plans a caller may see (api.md tenancy, as for agreements). Planning, director and experts
/// (read only): their jurisdiction's. A business division: those with an item assigned to it (GX-19
/// 任务分工), and of those only its items. City roles: their region's. Anyone else none; what cannot be
/// seen is "not found".
/// </summary>
internal static class TrackingTenancy
{
    private static readonly string[] JurisdictionRoles = [Roles.ProvincePlanning, Roles.ProvinceDirector, Roles.Expert];
    private static readonly string[] CityRoles = [Roles.CityBureau, Roles.CityLeader, Roles.CitySystem];

    /// <summary>The plans the caller may see, filtered in the database.</summary>
    public static IQueryable<TrackingPlan> VisibleTo(this IQueryable<TrackingPlan> plans, PlatformCaller caller)
    {
        if (JurisdictionRoles.Any(caller.HasRole))
        {
            return plans.Where(p => p.JurisdictionCode == caller.JurisdictionCode);
        }

        if (caller.HasRole(Roles.ProvinceDivision) && caller.Division is { Length: > 0 } division)
        {
            return plans.Where(p => p.JurisdictionCode == caller.JurisdictionCode && p.Items.Any(i => i.Division == division));
        }

        return CityRoles.Any(caller.HasRole)
            ? plans.Where(p => p.RegionCode == caller.RegionCode)
            : plans.Where(_ => false);
    }

    /// <summary>A division sees only its own items and none of the city's filings.</summary>
    public static bool IsDivisionOnly(this PlatformCaller caller) =>
        caller.HasRole(Roles.ProvinceDivision) && !JurisdictionRoles.Any(caller.HasRole) && !CityRoles.Any(caller.HasRole);

    public static bool MaySee(this PlatformCaller caller, Obligation item) => !caller.IsDivisionOnly() || item.Division == caller.Division;
}
