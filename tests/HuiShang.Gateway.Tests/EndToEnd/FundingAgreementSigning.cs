using System.Net;
using System.Text.Json;
using HuiShang.Contracts.Events;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceTesting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Takes a selected proposal to a signed agreement: ProposalSelected on the broker (as the Proposals
/// service publishes it), then the jurisdiction's approval chain through the gateway as the portal
/// users take it. GX: division comments → resolution → the version answering the round → director's
/// office meeting → meeting → both signatures. XJ has no chain: meeting, then both signatures.
/// </summary>
internal sealed class FundingAgreementSigning(ISigningStack stack)
{
    private const string Division = "high-tech";

    /// <summary>A signed agreement of <paramref name="city"/>; its id.</summary>
    public async Task<string> SignedAsync(string city, string jurisdiction, string tier)
    {
        var planning = $"province-planning@{jurisdiction}";
        var director = $"province-director@{jurisdiction}";
        var id = await DraftedAsync(city, jurisdiction, tier);
        if (jurisdiction == "450000")
        {
            await CommentedAndRevisedAsync(id, planning, jurisdiction);
            await ActAsync(director, id, "/director-review", """{"decision": "approve", "reasons": []}""");
        }

        var meetingAt = stack.Today.AddDays(7).ToString("yyyy-MM-dd'T'09:30");
        await ActAsync(planning, id, "/meeting", $$"""{"at": "{{meetingAt}}", "place": "厅 3 楼会议室", "participants": ["厅长", "市长"]}""");
        await ActAsync(director, id, "/sign", null);
        var agreement = await ActAsync($"city-leader@{city}", id, "/sign", null);
        Assert.Equal("Signed", agreement.GetProperty("status").GetString());
        return id;
    }

    private async Task CommentedAndRevisedAsync(string id, string planning, string jurisdiction)
    {
        var dueOn = stack.Today.AddDays(5).ToString("yyyy-MM-dd");
        var started = await ActAsync(planning, id, "/comment-rounds", $$"""{"divisions": ["{{Division}}"], "dueOn": "{{dueOn}}"}""");
        var roundId = started.GetProperty("commentRounds").EnumerateArray().Last().GetProperty("id").GetString()!;
        var commented = await ActAsync($"province-division.{Division}@{jurisdiction}", id, "/comments",
            $$"""{"roundId": "{{roundId}}", "text": "请明确市方配套资金到位时间。"}""");
        var commentId = commented.GetProperty("commentRounds").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == roundId).GetProperty("comments").EnumerateArray().Single().GetProperty("id").GetString();
        await ActAsync(planning, id, $"/comment-rounds/{roundId}/resolutions",
            $$"""{"resolutions": [{"commentId": "{{commentId}}", "resolution": "adopted", "reason": "已在第三条写明。"}]}""");

        var read = await stack.Client.GetAsync($"/api/agreements/{id}", stack.Token(planning));
        await FundingStack.ExpectAsync(read, HttpStatusCode.OK, $"GET agreement {id}");
        var version = await stack.Client.SendJsonAsync(
            HttpMethod.Post, $"/api/agreements/{id}/versions", VersionBody(roundId), stack.Token(planning), read.Headers.ETag?.Tag);
        await FundingStack.ExpectAsync(version, HttpStatusCode.Created, "POST versions");
    }

    /// <summary>An agreement of <paramref name="city"/> in drafting (its proposal selected); its id.</summary>
    public async Task<string> DraftedAsync(string city, string jurisdiction, string tier)
    {
        var proposalId = Guid.NewGuid();
        await stack.PublishAsync(Selected(proposalId, city, jurisdiction, tier));
        return await DraftedAsync(proposalId, $"province-planning@{jurisdiction}");
    }

    /// <summary>Agreements drafts from the event asynchronously: the draft appears in the province's list.</summary>
    private async Task<string> DraftedAsync(Guid proposalId, string planning)
    {
        var ids = await Eventually.GetAsync(
            async () =>
            {
                var list = await FundingStack.ExpectAsync(
                    await stack.Client.GetAsync("/api/agreements", stack.Token(planning)), HttpStatusCode.OK, "GET /api/agreements");
                return list.GetProperty("items").EnumerateArray()
                    .Where(a => a.GetProperty("proposalId").GetString() == proposalId.ToString())
                    .Select(a => a.GetProperty("id").GetString()!).ToList();
            },
            found => found.Count > 0,
            TimeSpan.FromSeconds(60));
        return ids.Count == 1 ? ids[0] : throw new Xunit.Sdk.XunitException($"Expected one agreement drafted from proposal {proposalId}, found {ids.Count}.");
    }

    private async Task<JsonElement> ActAsync(string user, string id, string action, string? body)
    {
        var response = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/agreements/{id}{action}", body, stack.Token(user));
        return await FundingStack.ExpectAsync(response, HttpStatusCode.OK, $"Signing step POST {action} as {user}");
    }

    private static string VersionBody(string roundId) => $$"""
        {
          "text": "采纳各处室意见后的建议稿。\n市方配套资金于立项后 90 日内到位。",
          "items": [
            {"title": "新能源汽车关键零部件联合攻关", "field": "new-energy", "ownerSide": "city", "leadUnit": "市科技局",
             "coUnits": ["自治区科技厅高新技术处"], "responsiblePerson": "张伟", "dueOn": "2026-12-31"}
          ],
          "commentRoundId": "{{roundId}}",
          "note": "采纳高新处意见"
        }
        """;

    private ProposalSelected Selected(Guid proposalId, string city, string jurisdiction, string tier) => new(
        proposalId,
        Guid.NewGuid(),
        stack.Today.Year,
        city,
        jurisdiction,
        tier,
        IsThemeCity: tier == "Key",
        ExtraReason: null,
        [new SelectedTopic("新能源汽车关键零部件联合攻关", "major-needs", "new-energy", 8_000_000m)],
        jurisdiction == "650000" ? "xj/2023-04-23" : "gx/2019-01-01",
        stack.Today.AddDays(-30),
        $"province-planning@{jurisdiction}");
}

/// <summary>What <see cref="FundingAgreementSigning"/> needs of a stack: the gateway, tokens, the broker and the rule clocks' day.</summary>
internal interface ISigningStack
{
    HttpClient Client { get; }

    DateTimeOffset Today { get; }

    string Token(string user);

    Task PublishAsync<T>(T message)
        where T : class;
}
