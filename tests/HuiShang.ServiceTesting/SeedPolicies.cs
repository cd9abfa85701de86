using HuiShang.Policies;

namespace HuiShang.ServiceTesting;

/// <summary>The profiles as shipped (policies/*.json: GX, HB, XJ, GY), loaded once for the host-less rule tests.</summary>
public static class SeedPolicies
{
    public static readonly PolicyCatalog Catalog = PolicyCatalog.LoadDirectory(
        PolicyDirectory.FindDefault(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No policies folder found."));
}
