using HuiShang.Contracts.Identity;

namespace HuiShang.Contracts.ReferenceData;

/// <summary>
/// The seeded users of docs/api.md, named &lt;role&gt;@&lt;region code&gt;: one of each role for every
/// seeded region where the role fits, plus admin@000000.
/// </summary>
public static class DemoUsers
{
    public const int ExpertsPerJurisdiction = 2;

    public static IReadOnlyList<DemoUser> All(RegionCatalog catalog) => Build(catalog).ToList();

    public static DemoUser? Find(RegionCatalog catalog, string name) => Build(catalog).FirstOrDefault(u => u.Name == name);

    private static IEnumerable<DemoUser> Build(RegionCatalog catalog)
    {
        yield return new DemoUser("admin@000000", Roles.Admin, "000000", "000000", null);
        foreach (var (region, jurisdiction) in catalog.AllRegions())
        {
            foreach (var user in ForRegion(region, jurisdiction, catalog.Divisions))
            {
                yield return user;
            }
        }
    }

    private static IEnumerable<DemoUser> ForRegion(Region region, string jurisdiction, IReadOnlyList<string> divisions)
    {
        switch (region.Level)
        {
            case RegionLevel.Upper:
                yield return new DemoUser($"{Roles.ProvincePlanning}@{region.Code}", Roles.ProvincePlanning, region.Code, jurisdiction, null);
                yield return new DemoUser($"{Roles.ProvinceDirector}@{region.Code}", Roles.ProvinceDirector, region.Code, jurisdiction, null);
                foreach (var division in divisions)
                {
                    yield return new DemoUser($"{Roles.ProvinceDivision}.{division}@{region.Code}", Roles.ProvinceDivision, region.Code, jurisdiction, division);
                }

                for (var n = 1; n <= ExpertsPerJurisdiction; n++)
                {
                    yield return new DemoUser($"{Roles.Expert}.{n}@{region.Code}", Roles.Expert, region.Code, jurisdiction, null);
                }

                break;
            case RegionLevel.Lower:
                yield return new DemoUser($"{Roles.CityBureau}@{region.Code}", Roles.CityBureau, region.Code, jurisdiction, null);
                yield return new DemoUser($"{Roles.CityLeader}@{region.Code}", Roles.CityLeader, region.Code, jurisdiction, null);
                yield return new DemoUser($"{Roles.CitySystem}@{region.Code}", Roles.CitySystem, region.Code, jurisdiction, null);
                break;
            case RegionLevel.District:
                yield return new DemoUser($"{Roles.District}@{region.Code}", Roles.District, region.Code, jurisdiction, null);
                break;
        }
    }
}

/// <summary>A seeded user and the claims its token carries.</summary>
public sealed record DemoUser(string Name, string Role, string RegionCode, string JurisdictionCode, string? Division);
