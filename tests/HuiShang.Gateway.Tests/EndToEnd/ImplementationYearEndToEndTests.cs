using System.Net;
using System.Text.Json;
using HuiShang.Contracts;
using HuiShang.Contracts.Events;
using HuiShang.Evaluation;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Notifications;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Issue 13 end to end, nothing faked but the date: a private RabbitMQ, the real Evaluation and
/// Notifications services and the real gateway. Nanning's agreement is signed (AgreementSigned on
/// the broker, as Agreements publishes it) and a whole GX-19 year is run through the gateway as the
/// city bureau and the coordinating division run it — the 落实方案, four ledgers with the second one
/// late, the annual report by 12-25 — while Evaluation's own scan (every second) raises the late
/// quarter once, Notifications tells the bureau, escalates to the division after the profile's ten
/// days, and the late filing clears it.
/// </summary>
public sealed class ImplementationYearEndToEndTests : IAsyncLifetime
{
    private const string Bureau = "city-bureau@450100";
    private const string Planning = "province-planning@450000";

    private readonly TestSigner _auth = new();
    private readonly FixedClock _clock = new(On(2025, 3, 25));
    private BrokerBackedServices? _onBroker;
    private ServiceHost _evaluation = null!;
    private GatewayHost? _gateway;

    private HttpClient Client => _gateway!.Client;

    public async Task InitializeAsync()
    {
        _onBroker = await BrokerBackedServices.StartAsync(_auth.PublicKeys);
        _evaluation = await _onBroker.StartServiceAsync(Resources.Evaluation, b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Evaluation:ScanInterval"] = "00:00:01" });
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Evaluation.Domain.EvaluationClock.Key, _clock);
            b.AddEvaluation();
        }, a => a.MapEvaluation());
        var notifications = await _onBroker.StartServiceAsync(Resources.Notifications, b => b.AddNotifications(), a => a.MapNotifications());
        var evaluation = _evaluation.GrpcAddress.ToString().TrimEnd('/');
        _gateway = await GatewayHost.StartAsync(
            Environments.Development,
            GatewayHost.Settings(_auth, evaluation, notifications.GrpcAddress.ToString().TrimEnd('/'), evaluationAddress: evaluation));
    }

    public Task DisposeAsync() => Stopping.InOrderAsync(_gateway, _onBroker);

    [Fact]
    public async Task GX_19_a_year_of_filings_with_one_late_quarter_raised_once_escalated_and_cleared()
    {
        var agreementId = await SignedAsync();
        await ExpectAsync(HttpMethod.Post, $"/api/agreements/{agreementId}/implementation-plan", Bureau, HttpStatusCode.Created,
            """{"timetable": "2025 Q2 立项", "roadmap": "联合攻关→样机", "responsiblePeople": ["张三"]}""");

        _clock.Now = On(2025, 4, 10);
        var first = await LedgerAsync(agreementId, 1);

        // Q2 is due 07-15: on 07-20 the scan raises it for the bureau, once however often it runs.
        _clock.Now = On(2025, 7, 20);
        var raised = await InboxAsync(Bureau, "cn.huishang.tracking.ledger-overdue.v1", 1);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var afterMoreScans = await InboxAsync(Bureau, "cn.huishang.tracking.ledger-overdue.v1", 1);

        // Ten days later (the GX profile's escalation days) the coordinating division is told too.
        _clock.Now = On(2025, 7, 26);
        var escalated = await InboxAsync(Planning, "cn.huishang.tracking.ledger-overdue.v1", 1);
        var overdue = await JsonAsync($"/api/tracking?overdueOnly=true", Planning);

        var late = await LedgerAsync(agreementId, 2);
        var cleared = await JsonAsync("/api/tracking?overdueOnly=true", Planning);
        _clock.Now = On(2025, 10, 12);
        await LedgerAsync(agreementId, 3);
        _clock.Now = On(2025, 12, 20);
        var report = await ExpectAsync(HttpMethod.Post, "/api/annual-reports", Bureau, HttpStatusCode.Created,
            $$"""{"agreementId": "{{agreementId}}", "year": 2025, "summary": "年度会商任务落实情况", "entries": {{await EntriesAsync(agreementId)}}}""");
        _clock.Now = On(2026, 1, 12);
        await LedgerAsync(agreementId, 4);
        var year = await JsonAsync($"/api/agreements/{agreementId}/tracking", Planning);

        Assert.False(first.GetProperty("late").GetBoolean());
        Assert.Equal(afterMoreScans.Count, raised.Count);
        Assert.Contains(escalated, n => n.GetProperty("subjectId").GetString() == agreementId);
        Assert.Equal(1, overdue.GetProperty("items").EnumerateArray().Single().GetProperty("overdueCount").GetInt32());
        Assert.True(late.GetProperty("late").GetBoolean());
        Assert.Empty(cleared.GetProperty("items").EnumerateArray());
        Assert.False(report.GetProperty("late").GetBoolean());
        var periods = year.GetProperty("periods").EnumerateArray()
            .Where(p => p.GetProperty("year").ValueKind == JsonValueKind.Number && p.GetProperty("year").GetInt32() == 2025)
            .Select(p => (p.GetProperty("kind").GetString(), p.TryGetProperty("quarter", out var q) && q.ValueKind == JsonValueKind.Number ? q.GetInt32() : 0, p.GetProperty("state").GetString(), p.GetProperty("cleared").GetBoolean()))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
        Assert.Equal(
            [("annual-report", 0, "Filed", false), ("ledger", 1, "Filed", false), ("ledger", 2, "Late", true), ("ledger", 3, "Filed", false), ("ledger", 4, "Filed", false)],
            periods);
    }

    private async Task<string> SignedAsync()
    {
        var signed = new AgreementSigned(
            Guid.CreateVersion7(), Guid.NewGuid(), "round", null, "450100", "450000", "Key", 2025, 3,
            [
                new AgreedItemTerms("动力电池回收示范线建成", "new-energy", "city", "南宁市科技局", ["南宁市工信局"], "张三", new DateOnly(2025, 12, 31)),
                new AgreedItemTerms("支持建设自治区新能源重点实验室", "new-energy", "province", "科技厅", [], "李四", new DateOnly(2026, 6, 30)),
            ],
            new DateOnly(2025, 3, 20), null, "province-director@450000", "city-leader@450100", "", On(2025, 3, 20));
        await _evaluation.Services.GetRequiredService<IBus>().Publish(signed, context => context.MessageId = NewId.NextGuid());
        var opened = await Eventually.GetAsync(
            () => Client.GetAsync($"/api/agreements/{signed.AgreementId}/tracking", _auth.TokenFor(Planning)),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60));
        Assert.True(opened.StatusCode == HttpStatusCode.OK, $"The tracking plan never opened: {(int)opened.StatusCode}\n{_onBroker?.Output()}");
        return signed.AgreementId.ToString();
    }

    private async Task<JsonElement> LedgerAsync(string agreementId, int quarter) =>
        await ExpectAsync(HttpMethod.Post, "/api/ledgers", Bureau, HttpStatusCode.Created,
            $$"""{"agreementId": "{{agreementId}}", "year": 2025, "quarter": {{quarter}}, "entries": {{await EntriesAsync(agreementId)}}}""");

    /// <summary>An entry for every city item, as the bureau reports them.</summary>
    private async Task<string> EntriesAsync(string agreementId)
    {
        var view = await JsonAsync($"/api/agreements/{agreementId}/tracking", Bureau);
        var entries = view.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("ownerSide").GetString() == "city")
            .Select(i => new { itemId = i.GetProperty("id").GetString(), status = "InProgress", progress = "设备安装完成 60%", moneyArrived = 1_500_000m, milestone = "主体厂房封顶" });
        return JsonSerializer.Serialize(entries);
    }

    /// <summary>The user's inbox entries of <paramref name="type"/>, once at least <paramref name="atLeast"/> arrived.</summary>
    private async Task<List<JsonElement>> InboxAsync(string user, string type, int atLeast)
    {
        var found = await Eventually.GetAsync(
            async () => (await JsonAsync("/api/inbox?limit=100", user)).GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("type").GetString() == type).ToList(),
            items => items.Count >= atLeast,
            TimeSpan.FromSeconds(60));
        Assert.True(found.Count >= atLeast, $"{user} never got a {type} notice.\n{_onBroker?.Output()}");
        return found;
    }

    private async Task<JsonElement> JsonAsync(string path, string user) =>
        await FundingStack.ExpectAsync(await Client.GetAsync(path, _auth.TokenFor(user)), HttpStatusCode.OK, $"GET {path} as {user}");

    private async Task<JsonElement> ExpectAsync(HttpMethod method, string path, string user, HttpStatusCode status, string body) =>
        await FundingStack.ExpectAsync(await Client.SendJsonAsync(method, path, body, _auth.TokenFor(user)), status, $"{method} {path} as {user}");

    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));
}
