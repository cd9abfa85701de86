using System.Security.Claims;
using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests;

public sealed class ClaimsPrincipalExtensionsTests
{
    [Fact]
    public void A_seeded_province_division_user_reads_back_as_an_upper_role_with_its_division()
    {
        var principal = Principal(PlatformTokenIssuer.ClaimsOf(DemoUsers.Find(RegionCatalog.Default, "province-division.high-tech@450000")!));

        Assert.Equal("province-division.high-tech@450000", principal.Subject());
        Assert.Equal("450000", principal.RegionCode());
        Assert.Equal("450000", principal.JurisdictionCode());
        Assert.Equal("high-tech", principal.Division());
        Assert.Equal(["province-division"], principal.Roles());
        Assert.True(principal.IsUpperRole());
        Assert.False(principal.IsAdmin());
    }

    [Fact]
    public void A_city_user_is_not_an_upper_role_and_has_no_division()
    {
        var caller = PlatformCaller.From(Principal(PlatformTokenIssuer.ClaimsOf(DemoUsers.Find(RegionCatalog.Default, "city-bureau@450100")!)));

        Assert.Equal(("450100", "450000", null), (caller.RegionCode, caller.JurisdictionCode, caller.Division));
        Assert.False(caller.IsUpperRole);
        Assert.True(caller.HasRole("city-bureau"));
    }

    [Fact]
    public void Several_role_claims_are_all_roles()
    {
        var principal = Principal([new("role", "city-leader"), new("role", "city-bureau"), new("role", "city-bureau")]);

        Assert.Equal(["city-leader", "city-bureau"], principal.Roles());
        Assert.True(principal.HasAnyRole("district", "city-bureau"));
        Assert.False(principal.HasAnyRole("admin"));
    }

    [Fact]
    public void Reading_a_required_claim_that_is_absent_says_which()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Principal([]).RegionCode());

        Assert.Contains("region", error.Message, StringComparison.Ordinal);
    }

    private static ClaimsPrincipal Principal(IEnumerable<Claim> claims) => new(new ClaimsIdentity(claims, "test", "name", "role"));
}
