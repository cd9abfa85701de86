namespace HuiShang.Policies.Tests;

public sealed class EffectiveDateTests
{
    [Theory]
    [InlineData(Shipped.Xj, "2023-04-23", "xj/2023-04-23")]
    [InlineData(Shipped.Xj, "2023-04-24", "xj/2023-04-23")]
    [InlineData(Shipped.Xj, "2025-12-30", "xj/2023-04-23")]
    [InlineData(Shipped.Xj, "2025-12-31", "xj/2023-04-23")]
    [InlineData(Shipped.Gx, "2019-01-01", "gx/2019-01-01")]
    [InlineData(Shipped.Gx, "2019-01-02", "gx/2019-01-01")]
    [InlineData(Shipped.Gy, "2023-06-05", "gy/2023-06-05")]
    [InlineData(Shipped.Hb, "2030-06-01", "hb/2019-01-01")]
    public void The_version_in_force_covers_its_inclusive_range(string jurisdiction, string date, string expected)
    {
        Assert.Equal(expected, Shipped.Catalog.InForce(jurisdiction, Shipped.Date(date)).Id);
    }

    [Theory]
    [InlineData(Shipped.Xj, "2023-04-22")]
    [InlineData(Shipped.Xj, "2026-01-01")]
    [InlineData(Shipped.Gx, "2018-12-31")]
    [InlineData(Shipped.Gy, "2023-06-04")]
    public void Outside_every_range_no_policy_is_in_force_and_the_error_names_jurisdiction_and_date(string jurisdiction, string date)
    {
        var ex = Assert.Throws<NoPolicyInForceException>(() => Shipped.Catalog.InForce(jurisdiction, Shipped.Date(date)));

        Assert.Equal(jurisdiction, ex.Jurisdiction);
        Assert.Equal(Shipped.Date(date), ex.Date);
        Assert.Contains(jurisdiction, ex.Message, StringComparison.Ordinal);
        Assert.Contains(date, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XJ_tail_the_plan_ends_on_2025_12_31_and_nothing_is_invented_after()
    {
        var ex = Assert.Throws<NoPolicyInForceException>(() => Shipped.Catalog.InForce(Shipped.Xj, Shipped.Date("2026-01-01")));

        Assert.Contains("2023-04-23..2025-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_jurisdiction_has_no_policy_in_force()
    {
        var ex = Assert.Throws<NoPolicyInForceException>(() => Shipped.Catalog.InForce("999999", Shipped.Date("2024-01-01")));

        Assert.Contains("no policy profile", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-12-30", "tt/2020-01-01")]
    [InlineData("2020-12-31", "tt/2020-01-01")]
    [InlineData("2021-01-01", "tt/2021-01-01")]
    [InlineData("2021-01-02", "tt/2021-01-01")]
    public void A_new_version_takes_over_the_day_after_the_old_one_ends(string date, string expected)
    {
        using var dir = new TempPolicyDirectory().With("tt.json", ProfileJson.Profile("tt", "990000",
            ProfileJson.Version("2020-01-01", "2020-12-31"),
            ProfileJson.Version("2021-01-01", null)));

        var catalog = PolicyCatalog.LoadDirectory(dir.Path);

        Assert.Equal(expected, catalog.InForce("990000", Shipped.Date(date)).Id);
    }

    [Theory]
    [InlineData("2025-12-31T15:59:59+00:00", "xj/2023-04-23")] // 23:59:59 in Shanghai, still 2025-12-31
    public void An_instant_is_read_on_the_Asia_Shanghai_calendar(string instant, string expected)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Shipped.Catalog.InForce(Shipped.Xj, at).Id);
        Assert.Throws<NoPolicyInForceException>(() => Shipped.Catalog.InForce(Shipped.Xj, at.AddSeconds(1)));
    }
}
