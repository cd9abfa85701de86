using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Tests;

public sealed class XjGyRuleTests
{
    private readonly PolicyVersion _xj = Shipped.Catalog.InForce(Shipped.Xj, Shipped.Date("2025-12-31"));
    private readonly PolicyVersion _gy = Shipped.Catalog.InForce(Shipped.Gy, Shipped.Date("2024-05-01"));

    [Theory]
    [InlineData(1, 0, 3_000_000)]
    [InlineData(2, 1_500_000, 1_500_000)]
    [InlineData(3, 1_800_000, 1_200_000)] // domain.md example: 天山区, region supports 3,000,000
    [InlineData(4, 2_100_000, 900_000)]
    public void XJ_4_2_matching_split_by_district_category(int category, int cityLevel, int district)
    {
        var matching = _xj.Require<Matching>();

        var split = matching.Split(3_000_000m, category);

        Assert.Equal("XJ-4.2", matching.RuleId);
        Assert.Equal(new MatchSplit(3_000_000m, cityLevel, district), split);
        Assert.True(matching.PriorityToHigherMatchRatio);
    }

    [Fact]
    public void XJ_5_3_items_are_followed_by_inspection_without_a_reporting_calendar()
    {
        Assert.Equal(("XJ-5.3", null), (_xj.Require<Implementation>().RuleId, _xj.Require<Implementation>().PlanRuleId));
        Assert.False(_xj.IsApplied<Reporting>());
    }

    [Fact]
    public void XJ_4_2_an_unknown_category_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _xj.Require<Matching>().Split(1m, 5));
    }

    [Fact]
    public void XJ_3_1_intake_follows_the_published_guide()
    {
        var intake = _xj.Require<IntakeWindow>();

        Assert.Equal((IntakeKind.PerGuide, "XJ-3.1"), (intake.Kind, intake.RuleId));
        Assert.Throws<InvalidOperationException>(() => intake.IsOpenOn(Shipped.Date("2024-01-01")));
        Assert.False(_xj.IsApplied<FundingCaps>());
        Assert.False(_xj.IsApplied<SelectionQuota>());
    }

    [Fact]
    public void GY_9_project_management_modes()
    {
        var pm = _gy.Require<ProjectManagement>();

        Assert.Equal("GY-9", pm.RuleId);
        Assert.Equal([FundingMode.OpenCall, FundingMode.Directed, FundingMode.LumpSum], pm.FundingModes);
        Assert.Equal([AcceptanceMode.Standard, AcceptanceMode.Review, AcceptanceMode.Self], pm.AcceptanceModes);
    }

    [Fact]
    public void GY_11_one_level_down_applies_only_what_its_seed_says()
    {
        var profile = Shipped.Catalog.Find(Shipped.Gy)!;

        Assert.Equal("局县会商", profile.Mechanism);
        Assert.IsType<ProjectManagement>(Assert.Single(_gy.Sections));
    }

    [Theory]
    [InlineData(Shipped.Xj, "2025-06-01")]
    [InlineData(Shipped.Gy, "2024-05-01")]
    public void XJ_and_GY_seeds_ask_for_no_preparation(string jurisdiction, string date)
    {
        Assert.False(Shipped.Catalog.InForce(jurisdiction, Shipped.Date(date)).IsApplied<Preparation>());
    }
}
