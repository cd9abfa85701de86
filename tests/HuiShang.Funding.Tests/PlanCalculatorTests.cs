using HuiShang.Funding.Domain.Plans;
using HuiShang.Policies;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Tests;

/// <summary>XJ-4.2 arithmetic of the plan calculator, without a host.</summary>
public sealed class PlanCalculatorTests
{
    private static readonly Matching Xj = LoadXjMatching();

    private static readonly DateOnly Day = new(2025, 6, 2);

    [Theory]
    [InlineData(3, "3000000.00", "1800000.00", "1200000.00")]
    [InlineData(1, "3000000.00", "0.00", "3000000.00")]
    [InlineData(2, "3000000.00", "1500000.00", "1500000.00")]
    [InlineData(4, "3000000.00", "2100000.00", "900000.00")]
    public void XJ42_worked_example_3_000_000_per_category(int category, string cityMatch, string cityLevel, string district)
    {
        var plan = FundingPlanCalculator.Compute(3_000_000m, null, category, Xj, "xj/2023-04-23", Day);

        Assert.Equal(decimal.Parse(cityMatch), plan.CityMatch);
        Assert.Equal(decimal.Parse(cityLevel), plan.CityLevel);
        Assert.Equal(decimal.Parse(district), plan.District);
        Assert.Equal(6_000_000m, plan.Total);
        Assert.Equal(["XJ-4.2"], plan.RuleIds);
        Assert.Equal(1m, plan.MatchRatio);
    }

    [Fact]
    public void XJ42_worked_example_tianshan_basis_names_the_figures()
    {
        var plan = FundingPlanCalculator.Compute(3_000_000m, null, 3, Xj, "xj/2023-04-23", Day);
        var shares = PlanShares.Of(plan);

        Assert.Equal(["upper", "city-level", "district"], shares.Select(s => s.Source));
        Assert.StartsWith("3000000.00 × 1 × 0.6", shares[1].Basis, StringComparison.Ordinal);
        Assert.Contains("3000000.00 − city level 1800000.00 = 1200000.00", shares[2].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void XJ42_shares_add_up_exactly_for_thousands_of_random_amounts_ratios_and_categories()
    {
        var random = new Random(20250602);
        decimal[] ratios = [1m, 1.25m, 1.5m, 2.3333m];
        for (var i = 0; i < 3000; i++)
        {
            // Fen precision, from 0.01 to ~100 million yuan.
            var upper = random.NextInt64(1, 10_000_000_000) / 100m;
            foreach (var ratio in ratios)
            {
                foreach (var split in Xj.Categories)
                {
                    var plan = FundingPlanCalculator.Compute(upper, ratio, split.Category, Xj, "xj/2023-04-23", Day);
                    var exactMatch = upper * ratio;
                    Assert.Equal(plan.CityMatch, plan.CityLevel + plan.District);
                    Assert.True(plan.CityLevel >= 0 && plan.District >= 0, $"{upper} × {ratio} cat {split.Category}");
                    Assert.True(Math.Abs(plan.CityMatch - exactMatch) <= 0.005m, $"{upper} × {ratio}: {plan.CityMatch}");
                    Assert.True(Math.Abs(plan.CityLevel - exactMatch * split.LowerLevelShare) <= 0.01m, $"{upper} × {ratio} cat {split.Category}: {plan.CityLevel}");
                    Assert.True(Math.Abs(plan.District - exactMatch * split.DistrictShare) <= 0.01m, $"{upper} × {ratio} cat {split.Category}: {plan.District}");
                    Assert.True(plan.CityMatch.Scale <= 2 && plan.CityLevel.Scale <= 2 && plan.District.Scale <= 2, "amounts in fen");
                }
            }
        }
    }

    [Fact]
    public void XJ42_rounding_is_half_away_from_zero_at_the_fen()
    {
        // 0.01 × 2.3333 = 0.023333 → 0.02; 0.03 × 1.25 = 0.0375 → 0.04; city level 0.04 × 0.7 = 0.028 → 0.03, district 0.01.
        Assert.Equal(0.02m, FundingPlanCalculator.Compute(0.01m, 2.3333m, 3, Xj, "x", Day).CityMatch);
        var plan = FundingPlanCalculator.Compute(0.03m, 1.25m, 4, Xj, "x", Day);
        Assert.Equal((0.04m, 0.03m, 0.01m), (plan.CityMatch, plan.CityLevel, plan.District));
        Assert.Equal(0.01m, FundingPlanCalculator.Fen(0.005m));
    }

    [Fact]
    public void XJ42_offered_ratio_below_a_later_profile_takes_the_profile_ratio()
    {
        var plan = FundingPlanCalculator.Compute(1000m, 1.2m, 2, Xj with { LowerToUpperRatio = 1.5m }, "x", Day);
        Assert.Equal((1.5m, 1500m), (plan.MatchRatio!.Value, plan.CityMatch));
    }

    [Fact]
    public void XJ42_a_project_without_district_cannot_be_split()
    {
        var error = Assert.Throws<RuleViolationException>(() => FundingPlanCalculator.Compute(1000m, null, null, Xj, "x", Day));
        Assert.Equal("XJ-4.2", error.RuleId);
    }

    [Fact]
    public void GX18_without_matching_only_the_upper_share_with_a_note()
    {
        var plan = FundingPlanCalculator.Compute(5_000_000m, null, null, null, "gx/2019-01-01", Day);

        Assert.False(plan.MatchingApplied);
        Assert.Equal((0m, 5_000_000m), (plan.CityMatch, plan.Total));
        Assert.Equal("matching not applied by gx/2019-01-01", plan.Note);
        Assert.Equal(["upper"], PlanShares.Of(plan).Select(s => s.Source));
        Assert.Empty(plan.RuleIds);
    }

    private static Matching LoadXjMatching() =>
        PolicyCatalog.LoadDirectory(PolicyDirectory.FindDefault(AppContext.BaseDirectory)!).InForce("650000", new DateOnly(2025, 6, 2)).Require<Matching>();
}
