using System.Net;
using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// XJ-4.2 through the gateway on Urumqi's signed agreement (clocks in 2025, inside the plan's period):
/// the city matches the regional support 1:1, split between city level and district by the
/// district's category; priority by the matching ratio offered; arrival per source.
/// </summary>
[Collection(FundingCollection.Name)]
public sealed class FundingMatchingTests(FundingStack stack)
{
    private const string Bureau = FundingStack.UrumqiBureau;
    private const string Planning = FundingStack.XinjiangPlanning;

    [Fact]
    public async Task XJ42_3_million_in_Tianshan_district_is_matched_by_1_8_million_city_level_and_1_2_million_district()
    {
        var project = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 3_000_000m, "650102");

        var plan = await stack.GetJsonAsync($"/api/projects/{project.Id}/funding-plan", Bureau);

        Assert.Equal("xj/2023-04-23", plan.GetProperty("policyVersion").GetString());
        Assert.Contains("XJ-4.2", plan.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(1m, plan.Money("matchRatio"));
        Assert.Equal(3, plan.GetProperty("districtCategory").GetInt32());
        Assert.Equal(3_000_000m, plan.Money("cityMatch"));
        Assert.Equal(3_000_000m, Share(plan, "upper"));
        Assert.Equal(1_800_000m, Share(plan, "city-level"));
        Assert.Equal(1_200_000m, Share(plan, "district"));
        Assert.Equal(6_000_000m, plan.Money("total"));
    }

    [Fact]
    public async Task XJ42_category_1_district_bears_the_whole_match()
    {
        var project = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 2_000_000m, "650100-01");

        var plan = await stack.GetJsonAsync($"/api/projects/{project.Id}/funding-plan", Bureau);

        Assert.Equal(1, plan.GetProperty("districtCategory").GetInt32());
        Assert.Equal(0m, Share(plan, "city-level"));
        Assert.Equal(2_000_000m, Share(plan, "district"));
    }

    [Fact]
    public async Task XJ42_category_4_rounds_city_level_to_the_fen_and_gives_the_district_the_remainder()
    {
        // 1,000,000.01 × 0.7 = 700,000.007 → 700,000.01 (half away from zero); district = 1,000,000.01 − 700,000.01.
        var project = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 1_000_000.01m, "650107");

        var plan = await stack.GetJsonAsync($"/api/projects/{project.Id}/funding-plan", Bureau);

        Assert.Equal(4, plan.GetProperty("districtCategory").GetInt32());
        Assert.Equal(1_000_000.01m, plan.Money("cityMatch"));
        Assert.Equal(700_000.01m, Share(plan, "city-level"));
        Assert.Equal(300_000.00m, Share(plan, "district"));
        Assert.False(string.IsNullOrWhiteSpace(plan.GetProperty("rounding").GetString()));
    }

    [Fact]
    public async Task XJ42_district_registers_in_its_own_district_and_the_approved_plan_is_fixed()
    {
        var project = await stack.ApprovedAsync(FundingStack.TianshanDistrict, Planning, stack.UrumqiAgreementId, 1_000_000m);

        var read = await stack.GetJsonAsync($"/api/projects/{project.Id}", FundingStack.TianshanDistrict);
        var plan = await stack.GetJsonAsync($"/api/projects/{project.Id}/funding-plan", FundingStack.TianshanDistrict);

        Assert.Equal("650102", read.GetProperty("districtCode").GetString());
        Assert.Equal("650100", read.GetProperty("regionCode").GetString());
        Assert.False(plan.GetProperty("provisional").GetBoolean());
        Assert.Equal(600_000m, Share(plan, "city-level"));
        Assert.Equal(400_000m, Share(plan, "district"));
    }

    [Fact]
    public async Task XJ42_priority_ranks_projects_by_the_matching_ratio_offered()
    {
        var low = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 800_000m, "650104", 1m);
        var high = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 800_000m, "650105", 1.5m);
        var middle = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 800_000m, "650106", 1.2m);

        var priority = await stack.GetJsonAsync($"/api/projects/priority?agreementId={stack.UrumqiAgreementId}", Planning);

        Assert.Equal("XJ-4.2", priority.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(priority.GetProperty("rule").GetString()));
        var entries = priority.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.GetProperty("rank").GetInt32()));
        var ratios = entries.Select(e => e.Money("matchRatio")).ToList();
        Assert.Equal(ratios.OrderDescending(), ratios);
        var order = entries.Select(e => e.GetProperty("project").GetProperty("id").GetString()).ToList();
        Assert.True(order.IndexOf(high.Id) < order.IndexOf(middle.Id) && order.IndexOf(middle.Id) < order.IndexOf(low.Id), string.Join(", ", order));
        var highEntry = entries.Single(e => e.GetProperty("project").GetProperty("id").GetString() == high.Id);
        Assert.Equal(1.5m, highEntry.Money("matchRatio"));
        Assert.Equal(1_200_000m, highEntry.Money("cityMatch"));
    }

    [Fact]
    public async Task XJ42_offered_ratio_below_the_profile_is_refused_and_nothing_is_stored()
    {
        var before = await stack.ProjectIdsAsync(stack.UrumqiAgreementId, Bureau);

        var response = await stack.RegisterAsync(Bureau, stack.UrumqiAgreementId, "1000000", "650102", "0.5");

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.Equal("XJ-4.2", problem.GetProperty("ruleId").GetString());
        Assert.Equal(before, await stack.ProjectIdsAsync(stack.UrumqiAgreementId, Bureau));
    }

    [Fact]
    public async Task XJ42_disbursements_per_source_give_the_arrival_rate_against_each_share()
    {
        var project = await stack.ApprovedAsync(Bureau, Planning, stack.UrumqiAgreementId, 3_000_000m, "650102");

        await FundingStack.ExpectAsync(await stack.DisburseAsync(project.Id, Planning, "upper", "arrived", "1500000"), HttpStatusCode.Created, "upper");
        await FundingStack.ExpectAsync(await stack.DisburseAsync(project.Id, Bureau, "city-level", "arrived", "450000"), HttpStatusCode.Created, "city level");
        var summary = await FundingStack.ExpectAsync(
            await stack.DisburseAsync(project.Id, FundingStack.TianshanDistrict, "district", "arrived", "1200000"), HttpStatusCode.Created, "district");

        Assert.Equal((3_000_000m, 1_500_000m, 0.5m), Source(summary, "upper"));
        Assert.Equal((1_800_000m, 450_000m, 0.25m), Source(summary, "city-level"));
        Assert.Equal((1_200_000m, 1_200_000m, 1m), Source(summary, "district"));
        var cityLevel = summary.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "city-level");
        Assert.Equal("2025-09-08", cityLevel.GetProperty("dueOn").GetString()); // approval + the profile's 90 days
        Assert.False(cityLevel.GetProperty("shortfall").GetBoolean());
        var read = await stack.GetJsonAsync($"/api/projects/{project.Id}/disbursements", FundingStack.TianshanDistrict);
        Assert.Equal(3, read.GetProperty("entries").GetArrayLength());
        Assert.All(read.GetProperty("entries").EnumerateArray(), e => Assert.Equal("arrived", e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Priority_is_its_own_route_not_a_project_id()
    {
        var missing = await stack.Client.GetAsync("/api/projects/priority", stack.Token(Planning));
        Assert.Contains("agreementId", (await missing.ShouldBeProblemAsync(400, "validation")).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var city = await stack.Client.GetAsync($"/api/projects/priority?agreementId={stack.UrumqiAgreementId}", stack.Token(Bureau));
        await city.ShouldBeProblemAsync(403, "forbidden");
    }

    private static decimal Share(JsonElement plan, string source) =>
        plan.GetProperty("shares").EnumerateArray().Where(s => s.GetProperty("source").GetString() == source).Select(s => s.Money("amount")).SingleOrDefault();

    private static (decimal Committed, decimal Arrived, decimal Rate) Source(JsonElement summary, string source)
    {
        var entry = summary.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == source);
        return (entry.Money("committed"), entry.Money("arrived"), entry.Money("arrivalRate"));
    }
}
