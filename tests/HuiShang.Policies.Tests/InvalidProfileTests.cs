namespace HuiShang.Policies.Tests;

/// <summary>Every kind of invalid file fails the load with file, JSON path and reason.</summary>
public sealed class InvalidProfileTests
{
    private static PolicyProblem SingleProblem(string fileName, string json)
    {
        using var dir = new TempPolicyDirectory().With(fileName, json);
        return Assert.Single(dir.LoadFails().Problems);
    }

    [Fact]
    public void An_unknown_field_is_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.WithSections("tt", """ "leadTime": { "ruleId": "TT-13", "minimumMonths": 2, "maximumMonths": 9 } """));

        Assert.Equal(("tt.json", "$.versions[0].leadTime.maximumMonths"), (problem.File, problem.Path));
        Assert.Contains("could not be mapped", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_is_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.WithSections("tt", """ "leadTime": { "ruleId": "TT-13" } """));

        Assert.Equal("tt.json", problem.File);
        Assert.StartsWith("$.versions[0].leadTime", problem.Path, StringComparison.Ordinal);
        Assert.Contains("minimumMonths", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_ledger_due_days_or_a_zero_escalation_is_reported()
    {
        using var dir = new TempPolicyDirectory().With("tt.json", ProfileJson.WithSections("tt",
            """ "reporting": { "ruleId": "TT-19", "progressLedger": "quarterly", "annualReportDue": "12-25", "ledgerDueDays": -1, "escalationDays": 0 } """));

        var paths = dir.LoadFails().Problems.Select(p => p.Path).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["$.versions[0].reporting.escalationDays", "$.versions[0].reporting.ledgerDueDays"], paths);
    }

    [Fact]
    public void A_missing_effective_to_is_reported_rather_than_read_as_open()
    {
        var json = ProfileJson.Profile("tt", "990000", """{ "effectiveFrom": "2020-01-01" }""");

        Assert.Contains("effectiveTo", SingleProblem("tt.json", json).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_is_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.WithSections("tt", """ "leadTime": { "ruleId": "TT-13", "minimumMonths": "two" } """));

        Assert.Equal(("tt.json", "$.versions[0].leadTime.minimumMonths"), (problem.File, problem.Path));
        Assert.Contains("could not be converted", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_month_day_is_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.WithSections("tt", """ "intakeWindow": { "ruleId": "TT-10", "kind": "window", "from": "01-01", "to": "02-30" } """));

        Assert.Equal("$.versions[0].intakeWindow.to", problem.Path);
        Assert.Contains("MM-dd", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_effective_range_is_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.Profile("tt", "990000", ProfileJson.Version("2021-01-01", "2020-12-31")));

        Assert.Equal(("tt.json", "$.versions[0].effectiveTo"), (problem.File, problem.Path));
        Assert.Contains("before effectiveFrom", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-12-31")] // touching on one day is an overlap: ranges are inclusive
    [InlineData(null)]
    public void Overlapping_effective_ranges_are_reported(string? firstEnds)
    {
        var problem = SingleProblem("tt.json", ProfileJson.Profile("tt", "990000",
            ProfileJson.Version("2020-01-01", firstEnds),
            ProfileJson.Version("2020-12-31", null)));

        Assert.Equal(("tt.json", "$.versions[1]"), (problem.File, problem.Path));
        Assert.Contains("overlaps versions[0]", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratios_not_summing_to_one_are_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.WithSections("tt", """
            "matching": { "ruleId": "TT-4.2", "lowerToUpperRatio": 1,
              "categories": [ { "category": 1, "lowerLevelShare": 0.5, "districtShare": 0.5 },
                              { "category": 2, "lowerLevelShare": 0.6, "districtShare": 0.3 } ] }
            """));

        Assert.Equal("$.versions[0].matching.categories[1]", problem.Path);
        Assert.Contains("not 1", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_caps_and_quota_min_above_max_are_all_reported()
    {
        using var dir = new TempPolicyDirectory().With("tt.json", ProfileJson.WithSections("tt", """
            "fundingCaps": { "ruleId": "TT-18", "keyMaximumYuan": -1, "generalMaximumYuan": 10000000 },
            "selectionQuota": { "ruleId": "TT-10", "key": { "min": 1, "max": 1 }, "general": { "min": 3, "max": 2 } }
            """));

        var problems = dir.LoadFails().Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains("tt.json: $.versions[0].fundingCaps.keyMaximumYuan: cap must not be negative, got -1", problems);
        Assert.Contains("tt.json: $.versions[0].selectionQuota.general: min 3 is greater than max 2", problems);
    }

    [Fact]
    public void A_rule_id_of_another_seed_is_reported()
    {
        var problem = SingleProblem("tt.json", ProfileJson.WithSections("tt", """ "fieldBlock": { "ruleId": "GX-21", "enabled": true } """));

        Assert.Equal("$.versions[0].fieldBlock.ruleId", problem.Path);
    }

    [Fact]
    public void Duplicate_jurisdictions_across_files_are_reported_in_both_files()
    {
        using var dir = new TempPolicyDirectory()
            .With("aa.json", ProfileJson.Profile("aa", "990000", ProfileJson.Version("2020-01-01", null)))
            .With("bb.json", ProfileJson.Profile("bb", "990000", ProfileJson.Version("2020-01-01", null)));

        var problems = dir.LoadFails().Problems;

        Assert.Equal(["aa.json", "bb.json"], problems.Select(p => p.File));
        Assert.All(problems, p => Assert.Equal("$.jurisdiction", p.Path));
        Assert.Contains("also defined in bb.json", problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_several_files_come_in_one_exception_one_line_each()
    {
        using var dir = new TempPolicyDirectory()
            .With("aa.json", "{ \"profile\": ")
            .With("bb.json", ProfileJson.Profile("zz", "990001", ProfileJson.Version("2020-01-01", null)));

        var ex = dir.LoadFails();

        Assert.Equal([("aa.json", "$.profile"), ("bb.json", "$.profile")], ex.Problems.Select(p => (p.File, p.Path)));
        Assert.Contains("bb.json: $.profile: profile 'zz' must equal the file name 'bb'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(dir.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_directory_is_an_error()
    {
        using var dir = new TempPolicyDirectory();

        Assert.Contains("no *.json", Assert.Single(dir.LoadFails().Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preparation_without_items_and_an_item_of_another_seed_are_reported()
    {
        var empty = SingleProblem("tt.json", ProfileJson.WithSections("tt", """ "preparation": { "ruleId": "TT-11" } """));
        Assert.Equal("$.versions[0].preparation", empty.Path);

        var foreign = SingleProblem("tt.json", ProfileJson.WithSections("tt",
            """ "preparation": { "ruleId": "TT-11", "previousRoundSummary": { "ruleId": "GX-12", "exceptFirstConsultation": true } } """));
        Assert.Equal("$.versions[0].preparation.previousRoundSummary.ruleId", foreign.Path);
    }
}
