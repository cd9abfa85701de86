using System.Net;
using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceTesting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// The stack's seed, through the gateway as the portals would do it: calls opened, proposals created and
/// submitted by the city bureaus, selections decided (GX: Nanning key, Liuzhou general, Nanning extras with
/// reasons; HB: Shijiazhuang key and two general), then the drafted agreements awaited in the province's list.
/// </summary>
internal sealed class AgreementsSeeding(AgreementsStack stack)
{
    private static readonly TimeSpan DraftTimeout = TimeSpan.FromSeconds(60);

    /// <summary>HB-11..13: rising R&amp;D/GDP, S&amp;T spending growing faster than revenue.</summary>
    private const string HebeiFigures =
        """, "figures": {"rdGdpRatio": 2.35, "rdGdpRatioPrevious": 2.10, "fiscalStSpendingGrowth": 8.0, "regularRevenueGrowth": 5.0}""";

    public async Task SeedAsync(IDictionary<string, string> agreements)
    {
        var gxCall = await OpenCallAsync(AgreementsStack.GxPlanning);
        var hbCall = await OpenCallAsync(AgreementsStack.HbPlanning);

        var proposals = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Purposes.GxFlow] = await SubmittedAsync(AgreementsStack.NanningBureau, gxCall, "南宁市 2026 年厅市会商建议"),
            [Purposes.Liuzhou] = await SubmittedAsync(AgreementsStack.LiuzhouBureau, gxCall, "柳州市 2026 年厅市会商建议"),
            [Purposes.HbFlow] = await SubmittedAsync(AgreementsStack.ShijiazhuangBureau, hbCall, "石家庄市 2026 年厅市会商建议"),
            [Purposes.HbList] = await SubmittedAsync(AgreementsStack.ShijiazhuangBureau, hbCall, "石家庄市 2026 年专项会商建议"),
            [Purposes.HbWorkMeeting] = await SubmittedAsync(AgreementsStack.ShijiazhuangBureau, hbCall, "石家庄市 2026 年工作会商制度建议"),
        };
        foreach (var purpose in AgreementsStack.NanningExtras)
        {
            proposals[purpose] = await SubmittedAsync(AgreementsStack.NanningBureau, gxCall, $"南宁市 2026 年专项会商建议（{purpose}）");
        }

        var extras = string.Join(", ", AgreementsStack.NanningExtras.Select(p => $$"""{"proposalId": "{{proposals[p]}}", "reason": "重大专项急需（{{p}}）"}"""));
        await SelectAsync(AgreementsStack.GxPlanning, gxCall,
            $$"""{"key": "{{proposals[Purposes.GxFlow]}}", "general": ["{{proposals[Purposes.Liuzhou]}}"], "extra": [{{extras}}]}""");
        await SelectAsync(AgreementsStack.HbPlanning, hbCall,
            $$"""{"key": "{{proposals[Purposes.HbFlow]}}", "general": ["{{proposals[Purposes.HbList]}}", "{{proposals[Purposes.HbWorkMeeting]}}"]}""");

        var drafted = (await DraftedAsync(AgreementsStack.GxPlanning, proposals.Values)).Concat(await DraftedAsync(AgreementsStack.HbPlanning, proposals.Values))
            .ToDictionary(a => a.ProposalId, a => a.Id, StringComparer.Ordinal);
        foreach (var (purpose, proposalId) in proposals)
        {
            Assert.True(drafted.TryGetValue(proposalId, out var id), $"No agreement was drafted from the {purpose} proposal {proposalId}.\n{stack.BrokerOutput()}");
            agreements[purpose] = id!;
        }
    }

    public static string ProposalBody(string callId, string title, bool figures) => $$"""
        {
          "callId": "{{callId}}",
          "title": "{{title}}",
          "plannedMeetingOn": "2026-06-18",
          "cityMeetingOn": "2026-01-20",
          "topics": [
            {"title": "面向东盟的新能源汽车关键零部件研发", "category": "major-needs", "field": "new-energy",
             "priorWork": "已建成自治区级工程技术研究中心。", "alignment": "已与高新处初步对接。", "nextSteps": "市财政配套 1:1 资金。",
             "requestedSupport": 1500000.00},
            {"title": "糖料蔗良种繁育与智慧农业示范", "category": "major-needs", "field": "agriculture",
             "priorWork": "已建成良种繁育基地。", "alignment": "已与农村处初步对接。", "nextSteps": "建设示范园区。",
             "requestedSupport": 800000.00}
          ]
          {{(figures ? HebeiFigures : "")}}
        }
        """;

    private async Task<string> OpenCallAsync(string planning)
    {
        var response = await stack.Client.PostJsonAsync("/api/calls", """{"year": 2026}""", stack.Token(planning));
        return (await ExpectAsync(response, HttpStatusCode.Created, $"Opening the call of {planning}")).GetProperty("id").GetString()!;
    }

    private async Task<string> SubmittedAsync(string bureau, string callId, string title)
    {
        var token = stack.Token(bureau);
        var created = await stack.Client.PostJsonAsync("/api/proposals", ProposalBody(callId, title, figures: bureau.EndsWith("@130100", StringComparison.Ordinal)), token);
        var id = (await ExpectAsync(created, HttpStatusCode.Created, $"Creating {title}")).GetProperty("id").GetString()!;
        var submitted = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{id}/submit", null, token);
        await ExpectAsync(submitted, HttpStatusCode.OK, $"Submitting {title}");
        return id;
    }

    private async Task SelectAsync(string planning, string callId, string body)
    {
        var response = await stack.Client.PostJsonAsync($"/api/calls/{callId}/selection", body, stack.Token(planning));
        await ExpectAsync(response, HttpStatusCode.OK, $"Selection by {planning}");
    }

    /// <summary>Agreements drafts from ProposalSelected asynchronously: waits until the province's list has every selected proposal of its jurisdiction.</summary>
    private async Task<IReadOnlyList<(string Id, string ProposalId)>> DraftedAsync(string planning, IEnumerable<string> proposalIds)
    {
        var wanted = proposalIds.ToHashSet(StringComparer.Ordinal);
        var jurisdiction = planning[(planning.IndexOf('@') + 1)..];
        var items = await Eventually.GetAsync(
            async () =>
            {
                var response = await stack.Client.GetAsync("/api/agreements", stack.Token(planning));
                return response.StatusCode == HttpStatusCode.OK ? (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList() : [];
            },
            list => list.Count(a => wanted.Contains(a.GetProperty("proposalId").GetString()!)) == Expected(jurisdiction),
            DraftTimeout);
        return items.Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("proposalId").GetString()!)).ToList();
    }

    private static int Expected(string jurisdiction) => jurisdiction == "450000" ? AgreementsStack.NanningExtras.Length + 2 : 3;

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Seeding, {what}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
