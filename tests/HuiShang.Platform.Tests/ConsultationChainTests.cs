using System.Globalization;
using System.Net;
using System.Text.Json;
using HuiShang.ServiceTesting;

namespace HuiShang.Platform.Tests;

/// <summary>
/// The consultation chain across every service, as separate processes over real HTTP/2 gRPC and a
/// real RabbitMQ started by the AppHost: a GX selection (Proposals) starts an agreement (Agreements),
/// which is commented, reviewed, scheduled and signed; the signature opens the funding envelope
/// (Funding) and reaches the city's inbox (Notifications); a project is registered, approved and paid,
/// and while it is unfinished its field is blocked for the city's next proposal (GX-21, back in Proposals).
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class ConsultationChainTests(SqlitePlatformFixture fixture) : IClassFixture<SqlitePlatformFixture>
{
    private const string Planning = "province-planning@450000";
    private const string Director = "province-director@450000";
    private const string HighTech = "province-division.high-tech@450000";
    private const string NanningBureau = "city-bureau@450100";
    private const string NanningLeader = "city-leader@450100";

    private GatewayClient Gateway => fixture.Gateway;

    [Fact]
    public async Task GX_selection_to_signed_agreement_to_funded_project_across_all_services()
    {
        var callId = await fixture.CallOfAsync("450000");
        var key = await Gateway.CreateAndSubmitAsync(NanningBureau, callId, "南宁市会商建议");
        var general = await Gateway.CreateAndSubmitAsync("city-bureau@450200", callId, "柳州市会商建议");
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/calls/{callId}/selection", Planning, new { key, general = new[] { general } })).Expect(HttpStatusCode.OK);

        // ProposalSelected → Agreements (over RabbitMQ): version 1 drafted from the topics.
        var agreement = await Eventually.GetAsync(() => AgreementOfAsync(key), a => a is not null, TimeSpan.FromSeconds(60));
        var id = agreement!.Value.GetProperty("id").GetString()!;
        Assert.Equal("Drafting", agreement.Value.GetProperty("status").GetString());
        Assert.Equal("Key", agreement.Value.GetProperty("tier").GetString());

        var agreementId = await SignAsync(id);

        // AgreementSigned → Funding: the GX-18 envelope of a key city; → Notifications: the city bureau's inbox.
        var envelope = await Eventually.GetAsync(
            () => Gateway.SendAsync(HttpMethod.Get, $"/api/agreements/{agreementId}/funding", NanningBureau), a => a.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        Assert.Equal(20_000_000m, envelope.Body.GetProperty("cap").GetDecimal());
        await Eventually.GetAsync(() => Gateway.InboxSubjectsAsync(NanningBureau), s => s?.Contains(agreementId) == true, TimeSpan.FromSeconds(60));

        var project = (await Gateway.SendAsync(HttpMethod.Post, "/api/projects", NanningBureau, new
        {
            agreementId,
            title = "新能源汽车关键零部件联合攻关",
            field = "achievement-transfer",
            upperSupport = 5_000_000.00m,
            mode = "directed",
        })).Expect(HttpStatusCode.Created).Body.GetProperty("id").GetString()!;
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/projects/{project}/approve", Planning, new { })).Expect(HttpStatusCode.OK);
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/projects/{project}/disbursements", Planning, new { source = "upper", kind = "arrived", amount = 2_000_000.00m }))
            .Expect(HttpStatusCode.Created);

        var after = (await Gateway.SendAsync(HttpMethod.Get, $"/api/agreements/{agreementId}/funding", Planning)).Expect(HttpStatusCode.OK).Body;
        Assert.Equal(5_000_000m, after.GetProperty("committed").GetDecimal());
        Assert.Equal(15_000_000m, after.GetProperty("remaining").GetDecimal());
        var upper = (await Gateway.SendAsync(HttpMethod.Get, $"/api/projects/{project}/disbursements", NanningBureau)).Expect(HttpStatusCode.OK)
            .Body.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "upper");
        Assert.Equal(0.4m, upper.GetProperty("arrivalRate").GetDecimal());

        await FieldBlockFollowsTheProjectAsync(agreementId, project, "achievement-transfer");

        // Another city sees neither the agreement nor the project (api.md tenancy).
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.SendAsync(HttpMethod.Get, $"/api/agreements/{agreementId}", "city-bureau@450200")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.SendAsync(HttpMethod.Get, $"/api/projects/{project}", "city-bureau@450200")).Status);
    }

    /// <summary>
    /// GX-21 across services: Funding's JointProjectStatusChanged and Evaluation's AgreedItemStatusChanged feed
    /// Proposals' read model, so while the approved project or the agreed item of its field is unfinished Nanning
    /// cannot propose a new topic in that field; once the project is accepted and the item completed (done by
    /// the city, accepted by planning: the agreement is Fulfilled) it can.
    /// </summary>
    private async Task FieldBlockFollowsTheProjectAsync(string agreementId, string project, string field)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var nextYear = today.Year + 1;
        var call = (await Gateway.SendAsync(HttpMethod.Post, "/api/calls", Planning, new
        {
            year = nextYear,
            opensOn = Iso(today),
            closesOn = $"{nextYear}-12-31",
        })).Expect(HttpStatusCode.Created).Body.GetProperty("id").GetString()!;
        var draft = (await Gateway.SendAsync(HttpMethod.Post, "/api/proposals", NanningBureau, new
        {
            callId = call,
            title = "南宁市下一轮会商建议",
            plannedMeetingOn = Iso(today.AddMonths(6)),
            cityMeetingOn = Iso(today),
            previousRoundSummary = "上一轮议定事项正在落实。",
            topics = new[] { new { title = "成果转化二期", category = "major-needs", field, priorWork = "已建平台", alignment = "已对接", nextSteps = "扩建中心", requestedSupport = 1_000_000m } },
        })).Expect(HttpStatusCode.Created).Body.GetProperty("id").GetString()!;

        // The project's events left Funding's outbox on commit, seconds ago; a submission that slipped in before
        // Proposals applied them would be accepted and fail the assertion below, not pass by accident.
        var blocked = await Gateway.SendAsync(HttpMethod.Post, $"/api/proposals/{draft}/submit", NanningBureau);
        Assert.Equal(HttpStatusCode.Conflict, blocked.Status);
        Assert.Equal("https://huishang.dev/problems/field-blocked", blocked.Body.GetProperty("type").GetString());
        Assert.Equal("GX-21", blocked.Body.GetProperty("ruleId").GetString());

        foreach (var step in new object[] { new { status = "Implementation" }, new { status = "MidTermCheck" }, new { status = "Accepted" } })
        {
            (await Gateway.SendAsync(HttpMethod.Post, $"/api/projects/{project}/status", Planning, step)).Expect(HttpStatusCode.OK);
        }

        // AgreementSigned → Evaluation opened the tracking plan; its one agreed item is the city's.
        var tracking = await Eventually.GetAsync(
            () => Gateway.SendAsync(HttpMethod.Get, $"/api/agreements/{agreementId}/tracking", NanningBureau), a => a.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        var item = tracking.Body.GetProperty("items")[0].GetProperty("id").GetString()!;
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{agreementId}/items/{item}/done", NanningBureau, new { evidence = "联合攻关项目已结题验收" }))
            .Expect(HttpStatusCode.OK);
        var fulfilled = (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{agreementId}/items/{item}/review", Planning, new { accept = true }))
            .Expect(HttpStatusCode.OK).Body;
        Assert.Equal("Fulfilled", fulfilled.GetProperty("status").GetString());

        var submitted = await Eventually.GetAsync(
            () => Gateway.SendAsync(HttpMethod.Post, $"/api/proposals/{draft}/submit", NanningBureau),
            a => a.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        Assert.Equal("Submitted", submitted.Body.GetProperty("status").GetString());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>GX-15 → GX-16 → GX-17 through the gateway; returns the agreement id once Signed.</summary>
    private async Task<string> SignAsync(string id)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var round = (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/comment-rounds", Planning, new
        {
            divisions = new[] { "high-tech" },
            dueOn = today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })).Expect(HttpStatusCode.OK).Body.GetProperty("commentRounds").EnumerateArray().Last().GetProperty("id").GetString()!;
        var comment = (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/comments", HighTech, new { roundId = round, text = "请明确市方配套资金。" }))
            .Expect(HttpStatusCode.OK).Body.GetProperty("commentRounds").EnumerateArray().Last().GetProperty("comments")[0].GetProperty("id").GetString()!;
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/comment-rounds/{round}/resolutions", Planning, new
        {
            resolutions = new[] { new { commentId = comment, resolution = "adopted", reason = "" } },
        })).Expect(HttpStatusCode.OK);

        var current = (await Gateway.SendAsync(HttpMethod.Get, $"/api/agreements/{id}", Planning)).Expect(HttpStatusCode.OK);
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/versions", Planning, new
        {
            text = "南宁市与科技厅会商议定书（建议稿）：市方配套资金 1:1。",
            items = new[] { new { title = "新能源汽车关键零部件", field = "achievement-transfer", ownerSide = "city", leadUnit = "南宁市科技局", coUnits = Array.Empty<string>(), responsiblePerson = "张三", dueOn = "2027-06-30" } },
            commentRoundId = round,
        }, current.ETag)).Expect(HttpStatusCode.Created);

        (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/director-review", Director, new { decision = "approve", reasons = Array.Empty<string>() }))
            .Expect(HttpStatusCode.OK);
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/meeting", Planning, new
        {
            at = today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:30",
            place = "南宁市人民政府",
            participants = new[] { "科技厅厅长", "南宁市市长" },
        })).Expect(HttpStatusCode.OK);
        (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/sign", Director, new { })).Expect(HttpStatusCode.OK);
        var signed = (await Gateway.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/sign", NanningLeader, new { })).Expect(HttpStatusCode.OK).Body;
        Assert.Equal("Signed", signed.GetProperty("status").GetString());
        return id;
    }

    private async Task<JsonElement?> AgreementOfAsync(string proposalId)
    {
        var answer = await Gateway.SendAsync(HttpMethod.Get, "/api/agreements", Planning);
        return answer.Status != HttpStatusCode.OK
            ? null
            : answer.Body.GetProperty("items").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(a => a!.Value.GetProperty("proposalId").GetString() == proposalId);
    }
}
