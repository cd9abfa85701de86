using System.Globalization;
using System.Net;
using System.Text.Json;
using HuiShang.ServiceTesting;

namespace HuiShang.Platform.Tests;

/// <summary>
/// The consultation chain across every service, as separate processes over real HTTP/2 gRPC and a
/// real RabbitMQ started by the AppHost: a GX selection (Proposals) starts an agreement (Agreements),
/// which is commented, reviewed, scheduled and signed; the signature opens the funding envelope
/// (Funding) and reaches the city's inbox (Notifications); a project is registered, approved and paid.
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

        // Another city sees neither the agreement nor the project (api.md tenancy).
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.SendAsync(HttpMethod.Get, $"/api/agreements/{agreementId}", "city-bureau@450200")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.SendAsync(HttpMethod.Get, $"/api/projects/{project}", "city-bureau@450200")).Status);
    }

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
