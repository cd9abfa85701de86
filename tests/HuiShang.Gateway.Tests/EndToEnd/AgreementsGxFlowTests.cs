using System.Net;
using System.Text.Json;
using HuiShang.Agreements.Data;
using HuiShang.Contracts.Events;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Messaging;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// domain.md §2.2 under the GX profile, from Nanning's selection as key city to the signed 议定书, every
/// step through the real gateway: GX-15 comment round (written comment and no comment, resolutions, the
/// version answering the round), GX-16 director's return and the version addressing it, approval, GX-17
/// meeting with the default agenda, both signatures, AgreementSigned on the broker.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsGxFlowTests(AgreementsStack stack)
{
    private const string Planning = AgreementsStack.GxPlanning;
    private const string Director = AgreementsStack.GxDirector;
    private const string HighTech = AgreementsStack.GxHighTech;
    private const string Agriculture = AgreementsStack.GxAgriculture;
    private const string SocialDevelopment = "province-division.social-development@450000";

    private readonly AgreementsSteps _steps = new(stack);

    [Fact]
    public async Task GX_15_GX_16_GX_17_Nanning_key_agreement_from_selection_to_signed_through_the_gateway()
    {
        var id = stack.AgreementOf(Purposes.GxFlow);

        var drafted = await _steps.GetAsync(Planning, id);
        AssertDrafted(drafted);
        await AssertInvisibleAsync(id, HighTech, SocialDevelopment);

        // GX-15: two divisions asked in parallel; one comments, one has no comment.
        var roundId = await _steps.StartRoundAsync(Planning, id, "high-tech", "agriculture");
        var inComments = await _steps.GetAsync(HighTech, id);
        Assert.Equal("InComments", Status(inComments));
        var round = AgreementsSteps.Round(inComments, roundId);
        Assert.Equal(("Open", 1), (round.GetProperty("status").GetString(), round.GetProperty("version").GetInt32()));
        Assert.Equal(["agriculture", "high-tech"], Strings(round, "pendingDivisions").Order());
        await AssertInvisibleAsync(id, SocialDevelopment);

        await _steps.CommentAsync(HighTech, id, roundId, "第二条应写明市方配套资金到位时间。");
        var answered = await _steps.CommentAsync(Agriculture, id, roundId, text: null);
        round = AgreementsSteps.Round(answered, roundId);
        Assert.Equal("Answered", round.GetProperty("status").GetString());
        Assert.Empty(Strings(round, "pendingDivisions"));
        var comments = round.GetProperty("comments").EnumerateArray().ToDictionary(c => c.GetProperty("division").GetString()!);
        Assert.Equal("第二条应写明市方配套资金到位时间。", comments["high-tech"].GetProperty("text").GetString());
        Assert.True(comments["agriculture"].GetProperty("noComment").GetBoolean());
        Assert.Equal(JsonValueKind.Null, comments["agriculture"].GetProperty("text").ValueKind);
        Assert.Equal(JsonValueKind.Null, comments["high-tech"].GetProperty("resolution").ValueKind);

        // A "no comment" answer has nothing to resolve: naming it is a validation error on that resolution.
        var noComment = await _steps.PostAsync(Planning, id, $"/comment-rounds/{roundId}/resolutions", $$"""
            {"resolutions": [{"commentId": "{{comments["agriculture"].GetProperty("id").GetString()}}", "resolution": "adopted"}]}
            """);
        Assert.NotEmpty((await noComment.ShouldBeProblemAsync(400, "validation")).ErrorsFor("resolutions[0]"));

        var resolved = await _steps.ActAsync(Planning, id, $"/comment-rounds/{roundId}/resolutions", $$"""
            {"resolutions": [
              {"commentId": "{{comments["high-tech"].GetProperty("id").GetString()}}", "resolution": "partly-adopted", "reason": "到位时间写入第二条，金额另议。"}
            ]}
            """);
        round = AgreementsSteps.Round(resolved, roundId);
        Assert.Equal("Resolved", round.GetProperty("status").GetString());
        Assert.Contains(round.GetProperty("comments").EnumerateArray(), c => c.GetProperty("resolution").GetString() == "partly-adopted"
            && c.GetProperty("resolutionReason").GetString() == "到位时间写入第二条，金额另议。");

        // The 建议稿: a version answering the resolved round completes the comment step.
        var response = await _steps.PostVersionAsync(Planning, id, "\"1\"", AgreementsSteps.VersionBody("建议稿：采纳各处室意见。\n市方配套资金于立项后 90 日内到位。", commentRoundId: roundId));
        var proposalDraft = await AgreementsSteps.ExpectAsync(response, HttpStatusCode.Created, "The version answering the round");
        Assert.Equal($"/api/agreements/{id}/versions/2", response.Headers.Location?.OriginalString);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("AwaitingDirectorReview", Status(proposalDraft));
        Assert.Equal(["Done", "Current", "Pending"], proposalDraft.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString()));
        Assert.Equal(roundId, proposalDraft.GetProperty("currentVersion").GetProperty("commentRoundId").GetString());

        // GX has no city-leader review: that step is not the city's to take.
        await (await _steps.PostAsync(AgreementsStack.NanningLeader, id, "/city-review", """{"decision": "approve"}""")).ShouldBeProblemAsync(409, "invalid-state");

        // GX-16: the director's office meeting returns it; nothing moves on until a version addresses the return.
        var returned = await _steps.ReviewAsync(Director, id, "/director-review", "return", "补充年度资金安排表", "明确双方责任单位");
        Assert.Equal("Drafting", Status(returned));
        var review = returned.GetProperty("reviews").EnumerateArray().Single();
        Assert.Equal(("director", "return", 2, "GX-16"), (review.GetProperty("kind").GetString(), review.GetProperty("decision").GetString(),
            review.GetProperty("version").GetInt32(), review.GetProperty("ruleId").GetString()));
        Assert.Equal(["补充年度资金安排表", "明确双方责任单位"], Strings(review, "reasons"));
        Assert.Equal(JsonValueKind.Null, review.GetProperty("addressedByVersion").ValueKind);
        await (await _steps.PostAsync(Director, id, "/director-review", """{"decision": "approve"}""")).ShouldBeProblemAsync(409, "invalid-state");

        var reviewId = review.GetProperty("id").GetString()!;
        var addressed = await _steps.NewVersionAsync(Planning, id, "建议稿（按厅长办公会意见修改）：附年度资金安排表。", addressesReviewId: reviewId);
        Assert.Equal("AwaitingDirectorReview", Status(addressed));
        Assert.Equal(3, addressed.GetProperty("reviews")[0].GetProperty("addressedByVersion").GetInt32());
        Assert.Equal(reviewId, addressed.GetProperty("currentVersion").GetProperty("addressesReviewId").GetString());

        var approved = await _steps.ActAsync(Director, id, "/director-review", """{"decision": "approve", "version": 3}""");
        Assert.Equal("ReadyToSign", Status(approved));
        Assert.Equal(3, approved.GetProperty("approvedVersion").GetInt32());
        Assert.Equal(["Done", "Done", "Current"], approved.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString()));

        // GX-17: signed at the meeting, which must be scheduled first; only the approved version can be signed.
        await (await _steps.PostAsync(Director, id, "/sign", null)).ShouldBeProblemAsync(409, "invalid-state");
        var scheduled = await _steps.ScheduleMeetingAsync(Planning, id);
        var meeting = scheduled.GetProperty("meeting");
        Assert.Equal("2026-03-18T09:30", meeting.GetProperty("at").GetString());
        Assert.Equal(5, meeting.GetProperty("agenda").GetArrayLength());
        Assert.Contains("签定议定书", meeting.GetProperty("agenda")[3].GetString(), StringComparison.Ordinal);
        await (await _steps.PostAsync(Director, id, "/sign", """{"version": 2}""")).ShouldBeProblemAsync(409, "invalid-state");

        var half = await _steps.ActAsync(Director, id, "/sign", """{"version": 3}""");
        Assert.Equal("ReadyToSign", Status(half));
        var signed = await _steps.ActAsync(AgreementsStack.NanningLeader, id, "/sign", null);
        AssertSigned(signed);

        await AssertListedAsSignedAsync(id);
        Assert.Equal("Signed", Status(await _steps.GetAsync(SocialDevelopment, id)));
        await AssertVersionsAndDiffAsync(id, roundId, reviewId);
        await AssertHistoryAsync(id);
        await AssertSignedEventSentAsync(id);
    }

    private static void AssertDrafted(JsonElement a)
    {
        Assert.Equal(("Drafting", "framework", "Key", 2026), (Status(a), a.GetProperty("kind").GetString(), a.GetProperty("tier").GetString(), a.GetProperty("year").GetInt32()));
        Assert.Equal(("450100", "450000", "gx/2019-01-01"), (a.GetProperty("regionCode").GetString(), a.GetProperty("jurisdictionCode").GetString(), a.GetProperty("policyVersion").GetString()));
        var version = a.GetProperty("currentVersion");
        Assert.Equal(1, version.GetProperty("number").GetInt32());
        Assert.Equal(["面向东盟的新能源汽车关键零部件研发", "糖料蔗良种繁育与智慧农业示范"], version.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(
            ["divisionComments:GX-15:Current", "directorsOfficeMeeting:GX-16:Pending", "signing:GX-17:Pending"],
            a.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("step").GetString()}:{s.GetProperty("ruleId").GetString()}:{s.GetProperty("state").GetString()}"));
        Assert.Equal(0, a.GetProperty("objectionCount").GetInt32());
        foreach (var unset in new[] { "approvedVersion", "formalDocument", "meeting", "signedOn", "expiresOn", "renewal", "frameworkId" })
        {
            Assert.True(a.GetProperty(unset).ValueKind == JsonValueKind.Null, $"{unset} should be null in a fresh draft: {a.GetProperty(unset)}");
        }

        Assert.Empty(a.GetProperty("signatures").EnumerateArray());
    }

    private static void AssertSigned(JsonElement a)
    {
        Assert.Equal("Signed", Status(a));
        Assert.Equal(["city", "province"], a.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("side").GetString()).Order());
        Assert.All(a.GetProperty("signatures").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("by").GetString())));
        // GX-10: a round runs three years from the signing date (the agreements clock's today).
        Assert.Equal("2026-03-02", a.GetProperty("signedOn").GetString());
        Assert.Equal("2029-03-02", a.GetProperty("expiresOn").GetString());
        Assert.Equal(["Done", "Done", "Done"], a.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString()));
    }

    private async Task AssertInvisibleAsync(string id, params string[] users)
    {
        foreach (var user in users)
        {
            await (await stack.Client.GetAsync(AgreementsSteps.Path(id), stack.Token(user))).ShouldBeProblemAsync(404, "not-found");
        }
    }

    private async Task AssertListedAsSignedAsync(string id)
    {
        var signed = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync("/api/agreements?status=Signed", stack.Token(Planning)), HttpStatusCode.OK, "List of signed");
        Assert.Contains(signed.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.All(signed.GetProperty("items").EnumerateArray(), a => Assert.Equal("Signed", Status(a)));
        var drafting = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync("/api/agreements?status=Drafting", stack.Token(Planning)), HttpStatusCode.OK, "List of drafts");
        Assert.DoesNotContain(drafting.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
    }

    private async Task AssertVersionsAndDiffAsync(string id, string roundId, string reviewId)
    {
        var token = stack.Token(AgreementsStack.NanningBureau);
        var versions = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions"), token), HttpStatusCode.OK, "Versions");
        var list = versions.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], list.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(roundId, list[1].GetProperty("commentRoundId").GetString());
        Assert.Equal(reviewId, list[2].GetProperty("addressesReviewId").GetString());
        Assert.Equal(JsonValueKind.Null, list[0].GetProperty("commentRoundId").ValueKind);

        var second = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions/2"), token), HttpStatusCode.OK, "Version 2");
        Assert.Equal("南宁市科技局", second.GetProperty("items")[0].GetProperty("leadUnit").GetString());
        Assert.Equal("2026-12-31", second.GetProperty("items")[0].GetProperty("dueOn").GetString());
        await (await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions/9"), token)).ShouldBeProblemAsync(404, "not-found");

        var diff = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions/1/diff/2"), token), HttpStatusCode.OK, "Diff 1 → 2");
        Assert.Equal((1, 2), (diff.GetProperty("from").GetInt32(), diff.GetProperty("to").GetInt32()));
        var changes = diff.GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("title").GetString()!, c => c);
        Assert.Equal("changed", changes["面向东盟的新能源汽车关键零部件研发"].GetProperty("kind").GetString());
        Assert.Contains("leadUnit", Strings(changes["面向东盟的新能源汽车关键零部件研发"], "changedFields"));
        Assert.Equal("removed", changes["糖料蔗良种繁育与智慧农业示范"].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, changes["糖料蔗良种繁育与智慧农业示范"].GetProperty("after").ValueKind);
        Assert.Equal("added", changes["新能源汽车创新平台共建"].GetProperty("kind").GetString());
        var lines = diff.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("op").GetString(), l.GetProperty("text").GetString())).ToList();
        Assert.Contains(("+", "市方配套资金于立项后 90 日内到位。"), lines);
        Assert.Contains(lines, l => l.Item1 == "-");
    }

    private async Task AssertHistoryAsync(string id)
    {
        var history = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync(AgreementsSteps.Path(id, "/history"), stack.Token(Director)), HttpStatusCode.OK, "History");
        var entries = history.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["draft", "start-comment-round", "comment", "no-comment", "resolve-comments", "create-version", "director-return", "create-version", "director-approve",
             "schedule-meeting", "sign", "sign"],
            entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("by").GetString())));
        Assert.All(entries, e => Assert.NotNull(e.GetProperty("at").GetString()));
        var last = entries[^1];
        Assert.Equal(("ReadyToSign", "Signed", 3), (last.GetProperty("fromStatus").GetString(), last.GetProperty("toStatus").GetString(), last.GetProperty("version").GetInt32()));
        var returned = entries[6];
        Assert.Equal(("AwaitingDirectorReview", "Drafting"), (returned.GetProperty("fromStatus").GetString(), returned.GetProperty("toStatus").GetString()));
    }

    /// <summary>AgreementSigned left the outbox: the broker confirmed it (publisher confirms), so Funding and Evaluation get it.</summary>
    private async Task AssertSignedEventSentAsync(string id)
    {
        var type = typeof(AgreementSigned).FullName!;
        var sent = await Eventually.GetAsync(
            () => stack.Agreements.QueryAsync<AgreementsDbContext, List<OutboxMessage>>(db =>
                db.Set<OutboxMessage>().Where(m => m.MessageType == type && m.SentAt != null).ToListAsync()),
            rows => rows.Any(r => r.Body.Contains(id, StringComparison.OrdinalIgnoreCase)));
        var row = Assert.Single(sent, r => r.Body.Contains(id, StringComparison.OrdinalIgnoreCase));
        using var body = JsonDocument.Parse(row.Body);
        Assert.Equal(3, body.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("Key", body.RootElement.GetProperty("tier").GetString());
    }

    private static string? Status(JsonElement agreement) => agreement.GetProperty("status").GetString();

    private static IEnumerable<string?> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();
}
