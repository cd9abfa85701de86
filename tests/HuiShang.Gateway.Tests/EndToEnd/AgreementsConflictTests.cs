using System.Net;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Conflicts through the real gateway and service: concurrent edits from the same read (optimistic
/// concurrency on If-Match), a comment on a superseded version (GX-15: comments attach to a version),
/// and changes to a signed agreement.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsConflictTests(AgreementsStack stack)
{
    private const string Planning = AgreementsStack.GxPlanning;
    private const int Races = 5;

    private readonly AgreementsSteps _steps = new(stack);

    [Fact]
    public async Task Two_versions_posted_in_parallel_with_the_same_If_Match_one_201_one_409_concurrency_conflict()
    {
        var id = stack.AgreementOf(Purposes.Concurrency);
        for (var race = 1; race <= Races; race++)
        {
            var etag = await _steps.ETagAsync(Planning, id);
            Assert.Equal($"\"{race}\"", etag);

            // Both requests are built first and released together so that they overlap in the service.
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var sends = new[] { "甲", "乙" }.Select(async editor =>
            {
                await start.Task;
                return await _steps.PostVersionAsync(Planning, id, etag, AgreementsSteps.VersionBody($"第 {race} 轮修改（{editor}）"));
            }).ToList();
            start.SetResult();
            var responses = await Task.WhenAll(sends);

            var statuses = responses.Select(r => (int)r.StatusCode).Order().ToList();
            Assert.True(statuses.SequenceEqual([201, 409]), $"Race {race}: expected one 201 and one 409, got {string.Join(", ", statuses)}.");
            var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
            await loser.ShouldBeProblemAsync(409, "concurrency-conflict");
            var winner = responses.Single(r => r.StatusCode == HttpStatusCode.Created);
            Assert.Equal($"\"{race + 1}\"", winner.Headers.ETag?.Tag);
        }

        var versions = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions"), stack.Token(Planning)), HttpStatusCode.OK, "Versions");
        Assert.Equal(Enumerable.Range(1, Races + 1), versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task GX_15_a_comment_on_a_superseded_version_is_409_version_superseded()
    {
        var id = stack.AgreementOf(Purposes.Superseded);
        var roundId = await _steps.StartRoundAsync(Planning, id, "high-tech");
        await _steps.NewVersionAsync(Planning, id, "在征求意见期间修改的草案。");
        var before = await _steps.HistoryLengthAsync(id);

        var response = await _steps.PostAsync(AgreementsStack.GxHighTech, id, "/comments", $$"""{"roundId": "{{roundId}}", "text": "同意。"}""");

        var problem = await response.ShouldBeProblemAsync(409, "version-superseded");
        Assert.Equal("GX-15", problem.StringOrNull("ruleId"));
        Assert.Empty(AgreementsSteps.Round(await _steps.GetAsync(Planning, id), roundId).GetProperty("comments").EnumerateArray());
        Assert.Equal(before, await _steps.HistoryLengthAsync(id));
    }

    [Fact]
    public async Task A_signed_agreement_cannot_be_edited_409_invalid_state()
    {
        var id = stack.AgreementOf(Purposes.SignedEdit);
        var signed = await _steps.SignedAsync(id);
        var etag = await _steps.ETagAsync(Planning, id);
        var before = await _steps.HistoryLengthAsync(id);

        await (await _steps.PostVersionAsync(Planning, id, etag, AgreementsSteps.VersionBody("签署后的修改。"))).ShouldBeProblemAsync(409, "invalid-state");
        await (await _steps.PostAsync(Planning, id, "/comment-rounds", $$"""{"divisions": ["high-tech"], "dueOn": "{{AgreementsSteps.DueOn}}"}"""))
            .ShouldBeProblemAsync(409, "invalid-state");
        await (await _steps.PostAsync(AgreementsStack.GxDirector, id, "/director-review", """{"decision": "return", "reasons": ["重议"]}"""))
            .ShouldBeProblemAsync(409, "invalid-state");
        await (await _steps.PostAsync(Planning, id, "/meeting", """{"at": "2026-04-01T09:00", "place": "另一会议室"}""")).ShouldBeProblemAsync(409, "invalid-state");
        await (await _steps.PostAsync(AgreementsStack.NanningLeader, id, "/sign", null)).ShouldBeProblemAsync(409, "invalid-state");

        var after = await _steps.GetAsync(Planning, id);
        Assert.Equal(signed.GetProperty("currentVersion").GetProperty("number").GetInt32(), after.GetProperty("currentVersion").GetProperty("number").GetInt32());
        Assert.Equal("Signed", after.GetProperty("status").GetString());
        Assert.Equal(before, await _steps.HistoryLengthAsync(id));
    }
}
