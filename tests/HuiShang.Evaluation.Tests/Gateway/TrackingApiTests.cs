using System.Text.Json;

namespace HuiShang.Evaluation.Tests.Gateway;

/// <summary>The Tracking area through the real gateway: filings with ETag/If-Match/Idempotency-Key, the view, the overview, tenancy, problems.</summary>
public sealed class TrackingApiTests
{
    private const string Problems = "https://huishang.dev/problems/";

    [Fact]
    public async Task GX_19_a_ledger_is_filed_with_an_ETag_and_a_re_filing_needs_If_Match()
    {
        await using var gateway = await TrackingGateway.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await gateway.Service.SignAsync();
        var body = await LedgerAsync(gateway, id, 2025, 1);

        var first = await gateway.PostAsync("/api/ledgers", Users.NanningBureau, body);
        var created = await TrackingGateway.ExpectAsync(first, 201);
        var blind = await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, body), 409);
        var second = await gateway.PostAsync("/api/ledgers", Users.NanningBureau, body, ifMatch: "\"1\"");
        await TrackingGateway.ExpectAsync(second, 201);
        var stale = await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, body, ifMatch: "\"1\""), 409);

        Assert.Equal(("\"1\"", "\"2\""), (first.Headers.ETag?.Tag, second.Headers.ETag?.Tag));
        Assert.Equal($"/api/agreements/{id}/filings/{created.GetProperty("id").GetString()}", first.Headers.Location?.OriginalString);
        Assert.Equal((Problems + "precondition-required", "GX-19"), (blind.GetProperty("type").GetString(), blind.GetProperty("ruleId").GetString()));
        Assert.Equal(Problems + "concurrency-conflict", stale.GetProperty("type").GetString());
        Assert.False(created.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task GX_19_an_Idempotency_Key_answers_the_retry_with_the_first_filing()
    {
        await using var gateway = await TrackingGateway.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await gateway.Service.SignAsync();
        var body = await LedgerAsync(gateway, id, 2025, 1);

        var first = await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, body, idempotencyKey: "q1-2025"), 201);
        var retry = await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, body, idempotencyKey: "q1-2025"), 201);
        var list = await TrackingGateway.ExpectAsync(await gateway.GetAsync($"/api/agreements/{id}/filings", Users.NanningBureau), 200);

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_tracking_view_shows_items_periods_and_summary_and_another_city_gets_404()
    {
        var clock = FakeClock.On(2025, 7, 20);
        await using var gateway = await TrackingGateway.StartAsync(clock);
        var id = await gateway.Service.SignAsync();
        await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, await LedgerAsync(gateway, id, 2025, 1)), 201);

        var view = await TrackingGateway.ExpectAsync(await gateway.GetAsync($"/api/agreements/{id}/tracking", Users.GuangxiPlanning), 200);
        var ledgers = view.GetProperty("periods").EnumerateArray().Where(p => p.GetProperty("kind").GetString() == "ledger").ToList();
        await TrackingGateway.ExpectAsync(await gateway.GetAsync($"/api/agreements/{id}/tracking", Users.LiuzhouBureau), 404);
        await TrackingGateway.ExpectAsync(await gateway.GetAsync($"/api/agreements/{id}/filings", Users.LiuzhouBureau), 404);

        Assert.Equal(["Late", "Overdue", "Due"], ledgers.Select(p => p.GetProperty("state").GetString()));
        Assert.Equal("2025-07-15", ledgers[1].GetProperty("dueOn").GetString());
        Assert.Equal((2, 1, 1), (view.GetProperty("summary").GetProperty("itemCount").GetInt32(),
            view.GetProperty("summary").GetProperty("overdueFilingCount").GetInt32(), view.GetProperty("summary").GetProperty("lateFilingCount").GetInt32()));
        Assert.Equal(("city", "南宁市科技局"), (view.GetProperty("items")[0].GetProperty("ownerSide").GetString(), view.GetProperty("items")[0].GetProperty("leadUnit").GetString()));
    }

    [Fact]
    public async Task Roles_are_checked_and_bad_input_is_a_validation_problem()
    {
        await using var gateway = await TrackingGateway.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await gateway.Service.SignAsync();
        var body = await LedgerAsync(gateway, id, 2025, 1);

        await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.GuangxiExpert, body), 403);
        await TrackingGateway.ExpectAsync(await gateway.PostAsync($"/api/agreements/{id}/task-assignments", Users.NanningBureau, new { assignments = Array.Empty<object>() }), 403);
        var quarter = await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, new { agreementId = id, year = 2025, quarter = 5 }), 400);
        var entries = await TrackingGateway.ExpectAsync(await gateway.PostAsync("/api/ledgers", Users.NanningBureau, new { agreementId = id, year = 2025, quarter = 1 }), 400);
        var limit = await TrackingGateway.ExpectAsync(await gateway.GetAsync("/api/tracking?limit=abc", Users.GuangxiPlanning), 400);

        Assert.True(quarter.GetProperty("errors").TryGetProperty("quarter", out _));
        Assert.Equal("GX-19", entries.GetProperty("ruleId").GetString());
        Assert.True(limit.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task The_overview_pages_the_jurisdictions_agreements_with_their_overdue_counts()
    {
        var clock = FakeClock.On(2025, 4, 20);
        await using var gateway = await TrackingGateway.StartAsync(clock);
        var nanning = await gateway.Service.SignAsync();
        var liuzhou = await gateway.Service.SignAsync("450200");
        await gateway.Service.ScanAsync();

        var page1 = await TrackingGateway.ExpectAsync(await gateway.GetAsync("/api/tracking?limit=1", Users.GuangxiPlanning), 200);
        var cursor = page1.GetProperty("nextCursor").GetString();
        var page2 = await TrackingGateway.ExpectAsync(await gateway.GetAsync($"/api/tracking?limit=1&cursor={cursor}", Users.GuangxiPlanning), 200);
        var city = await TrackingGateway.ExpectAsync(await gateway.GetAsync("/api/tracking", Users.NanningBureau), 200);

        var items = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(new[] { liuzhou, nanning }.Order(), items.Select(i => i.GetProperty("agreementId").GetString()!).Order());
        Assert.All(items, i => Assert.Equal(1, i.GetProperty("overdueCount").GetInt32()));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("nextCursor").ValueKind);
        Assert.Equal([nanning], city.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("agreementId").GetString()));
    }

    private static async Task<object> LedgerAsync(TrackingGateway gateway, string id, int year, int quarter)
    {
        var view = await TrackingGateway.ExpectAsync(await gateway.GetAsync($"/api/agreements/{id}/tracking", Users.NanningBureau), 200);
        var entries = view.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("ownerSide").GetString() == "city")
            .Select(i => new { itemId = i.GetProperty("id").GetString(), status = "InProgress", progress = "设备安装完成 60%", moneyArrived = 1500000.00m, attachments = new[] { "南科〔2025〕12号" } })
            .ToList();
        return new { agreementId = id, year, quarter, entries };
    }
}
