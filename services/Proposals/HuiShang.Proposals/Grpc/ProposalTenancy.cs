using HuiShang.Contracts.Identity;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// Which proposals a caller may see (api.md, identity and tenancy): a city its own region's, a
/// province role its jurisdiction's, anyone else none — and what cannot be seen is "not found".
/// </summary>
internal static class ProposalTenancy
{
    private static readonly string[] CityRoles = [Roles.CityBureau, Roles.CityLeader, Roles.CitySystem];

    public static IQueryable<Proposal> VisibleTo(this IQueryable<Proposal> proposals, PlatformCaller caller)
    {
        if (caller.IsUpperRole)
        {
            return proposals.Where(p => p.JurisdictionCode == caller.JurisdictionCode);
        }

        return CityRoles.Any(caller.HasRole)
            ? proposals.OwnedBy(caller)
            : proposals.Where(_ => false);
    }

    /// <summary>Changes are the owning region's alone, whatever else the caller may read.</summary>
    public static IQueryable<Proposal> OwnedBy(this IQueryable<Proposal> proposals, PlatformCaller caller) =>
        proposals.Where(p => p.RegionCode == caller.RegionCode);
}
