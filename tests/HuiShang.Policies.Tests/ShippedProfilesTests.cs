using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Tests;

public sealed class ShippedProfilesTests
{
    [Fact]
    public void The_four_shipped_profiles_load_keyed_by_jurisdiction()
    {
        var profiles = Shipped.Catalog.Profiles.ToDictionary(p => p.Jurisdiction, p => p.Profile);

        Assert.Equal(
            new Dictionary<string, string> { [Shipped.Gx] = "gx", [Shipped.Hb] = "hb", [Shipped.Xj] = "xj", [Shipped.Gy] = "gy" },
            profiles);
    }

    [Theory]
    [InlineData(Shipped.Gx, "000_c1f25396253ff4c8.txt")]
    [InlineData(Shipped.Hb, "001_23c9413cae911413.txt")]
    [InlineData(Shipped.Xj, "003_8a77dc0e941b2cc0.txt")]
    [InlineData(Shipped.Gy, "004_1167072dd871a8d2.txt")]
    public void Every_profile_names_its_seed_file(string jurisdiction, string seedFile)
    {
        var profile = Shipped.Catalog.Find(jurisdiction)!;

        Assert.Equal(seedFile, profile.Source.SeedFile);
        Assert.NotEmpty(profile.Source.Articles);
    }

    [Fact]
    public void Version_ids_are_profile_and_effective_from()
    {
        var ids = Shipped.Catalog.Profiles.SelectMany(p => p.Versions).Select(v => v.Id).Order().ToList();

        Assert.Equal(["gx/2019-01-01", "gy/2023-06-05", "hb/2019-01-01", "xj/2023-04-23"], ids);
    }

    [Fact]
    public void A_decision_stamp_records_the_version_and_the_rule_ids_used()
    {
        var version = Shipped.Catalog.InForce(Shipped.Gx, Shipped.Date("2024-05-01"));

        var stamp = version.Stamp(version.Require<FundingCaps>(), version.Require<SelectionQuota>());

        Assert.Equal("gx/2019-01-01", stamp.VersionId);
        Assert.Equal(["GX-18", "GX-10"], stamp.RuleIds);
        Assert.Equal("gx/2019-01-01 [GX-18, GX-10]", stamp.ToString());
    }
}
