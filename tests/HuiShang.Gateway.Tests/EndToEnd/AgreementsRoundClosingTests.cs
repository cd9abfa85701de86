using System.Net;
using System.Text.Json;
using HuiShang.Contracts.Events;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// GX-15 through the gateway: a division that never answers does not hold the agreement; after the due
/// date the planning division closes the round (POST .../comment-rounds/{roundId}/close) and goes on.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsRoundClosingTests(AgreementsStack stack)
{
    private const string Planning = AgreementsStack.GxPlanning;

    private readonly AgreementsSteps _steps = new(stack);
    private readonly RoundClosingSteps _closing = new(stack);

    [Fact]
    public async Task GX15_an_overdue_round_is_closed_with_the_silent_division_listed_and_before_its_due_date_it_is_409_deadline_not_passed()
    {
        var (id, roundId, started) = await _closing.RoundDueTodayAsync();
        AssertNotClosed(AgreementsSteps.Round(started, roundId));
        await _steps.CommentAsync(AgreementsStack.GxHighTech, id, roundId, "请补充绩效目标。");
        var close = RoundClosingSteps.Close(roundId);

        // On the due date the divisions may still answer.
        var early = await (await _steps.PostAsync(Planning, id, close, RoundClosingSteps.Body)).ShouldBeProblemAsync(409, "deadline-not-passed");
        Assert.Equal("GX-15", early.GetProperty("ruleId").GetString());
        Assert.Equal("The deadline has not passed yet", early.GetProperty("title").GetString());
        Assert.Contains(RoundClosingSteps.Today.ToString("yyyy-MM-dd"), early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var blank = await (await _steps.PostAsync(Planning, id, close, """{"reason": " "}""")).ShouldBeProblemAsync(400, "validation");
        Assert.True(blank.GetProperty("errors").TryGetProperty("reason", out _), blank.ToString());
        var tooLong = await (await _steps.PostAsync(Planning, id, close, $$"""{"reason": "{{new string('理', 4001)}}"}""")).ShouldBeProblemAsync(400, "validation");
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("reason", out _), tooLong.ToString());

        var response = await _closing.NextDayAsync(() => _steps.PostAsync(Planning, id, close, RoundClosingSteps.Body));
        var closed = await AgreementsSteps.ExpectAsync(response, HttpStatusCode.OK, "Closing the overdue round");
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("InComments", closed.GetProperty("status").GetString());
        var round = AgreementsSteps.Round(closed, roundId);
        Assert.Equal("Answered", round.GetProperty("status").GetString());
        Assert.Equal(["agriculture"], round.GetProperty("unansweredDivisions").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(round.GetProperty("pendingDivisions").EnumerateArray());
        Assert.Equal(RoundClosingSteps.Reason, round.GetProperty("closeReason").GetString());
        Assert.False(string.IsNullOrEmpty(round.GetProperty("closedBy").GetString()));
        Assert.Equal(JsonValueKind.String, round.GetProperty("closedAt").ValueKind);

        await (await _steps.PostAsync(AgreementsStack.GxAgriculture, id, "/comments", $$"""{"roundId": "{{roundId}}", "noComment": true}"""))
            .ShouldBeProblemAsync(409, "invalid-state");
        await _steps.ResolveAllAsync(Planning, id, roundId);
        var answered = await _steps.NewVersionAsync(Planning, id, "未反馈处室按无意见处理后的建议稿。", commentRoundId: roundId);
        Assert.Equal("AwaitingDirectorReview", answered.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_close_endpoint_is_documented_with_a_summary_the_bearer_scheme_and_its_problems()
    {
        var document = await (await stack.Client.GetAsync("/openapi/v1.json", token: null)).ReadJsonAsync();
        var operation = document.GetProperty("paths").GetProperty("/api/agreements/{id}/comment-rounds/{roundId}/close").GetProperty("post");
        Assert.Contains("deadline-not-passed", operation.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(operation.TryGetProperty("security", out _));
        foreach (var status in new[] { "200", "400", "401", "403", "404", "503" })
        {
            Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"close does not document {status}.");
        }
    }

    private static void AssertNotClosed(JsonElement round)
    {
        foreach (var unset in new[] { "closedAt", "closedBy", "closeReason" })
        {
            Assert.Equal(JsonValueKind.Null, round.GetProperty(unset).ValueKind);
        }

        Assert.Empty(round.GetProperty("unansweredDivisions").EnumerateArray());
    }
}

/// <summary>
/// api.md tenancy for the close endpoint, over the users of the agreements matrix: province-planning of the
/// agreement's jurisdiction alone (after the due date: 200); Hebei's planning cannot see it (404); every other
/// role is refused by the gateway (403). Its own agreement, so no cell depends on the order.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsRoundClosingMatrixTests(AgreementsStack stack)
{
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        //                                                              Nanning         Liuzhou         Shijiazhuang    GX plan/div/dir/exp   HB plan/div/dir/exp   dist admin
        ["POST /api/agreements/{id}/comment-rounds/{r}/close"] = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
    };

    private readonly RoundClosingSteps _closing = new(stack);

    public static TheoryData<string, string, int> Matrix() => TenancyMatrix.Matrix(TenancyUsers.AroundNanning, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_answers_the_user_as_api_md_says(string endpoint, string user, int expected)
    {
        var target = await stack.OnceAsync("round-closing-matrix", async () =>
        {
            var (id, roundId, _) = await _closing.RoundDueTodayAsync();
            return JsonSerializer.SerializeToElement(new { id, roundId });
        });
        var path = AgreementsSteps.Path(target.GetProperty("id").GetString()!, RoundClosingSteps.Close(target.GetProperty("roundId").GetString()!));
        var response = await _closing.NextDayAsync(() => stack.Client.SendJsonAsync(HttpMethod.Post, path, RoundClosingSteps.Body, stack.Token(user)));
        await TenancyMatrix.AssertAnswersAsync(response, expected, $"{endpoint} as {user}");
    }
}

/// <summary>
/// A Nanning agreement of its own (a ProposalSelected on the stack's broker, so no seeded purpose is
/// touched) with a round due on the agreements clock's today, and the clock moved one day on and back.
/// </summary>
internal sealed class RoundClosingSteps(AgreementsStack stack)
{
    public const string Reason = "农村处逾期未反馈意见，按无意见处理。";
    public const string Body = $$"""{"reason": "{{Reason}}"}""";

    public static readonly DateOnly Today = DateOnly.FromDateTime(AgreementsStack.AgreementsToday.DateTime);

    public static string Close(string roundId) => $"/comment-rounds/{roundId}/close";

    /// <summary>A fresh agreement asking high-tech and agriculture, due today: the agreement, the round and the reply.</summary>
    public async Task<(string Id, string RoundId, JsonElement Agreement)> RoundDueTodayAsync()
    {
        var id = await FreshAgreementAsync();
        var started = await new AgreementsSteps(stack).ActAsync(AgreementsStack.GxPlanning, id, "/comment-rounds",
            $$"""{"divisions": ["high-tech", "agriculture"], "dueOn": "{{Today:yyyy-MM-dd}}"}""");
        return (id, started.GetProperty("commentRounds")[0].GetProperty("id").GetString()!, started);
    }

    /// <summary>Runs <paramref name="call"/> the day after today; the stack's clock goes back whatever happens (tests of the collection run one at a time).</summary>
    public async Task<T> NextDayAsync<T>(Func<Task<T>> call)
    {
        var clock = stack.AgreementsClock;
        var now = clock.Now;
        clock.Now = now.AddDays(1);
        try
        {
            return await call();
        }
        finally
        {
            clock.Now = now;
        }
    }

    private async Task<string> FreshAgreementAsync()
    {
        var selected = new ProposalSelected(
            Guid.NewGuid(), Guid.NewGuid(), 2026, "450100", "450000", "Extra", false, "逾期会签测试",
            [new SelectedTopic("面向东盟的技术转移中心建设", "major-needs", "new-energy", 900_000m)], "gx/2019-01-01",
            AgreementsStack.AgreementsToday.AddDays(-1), AgreementsStack.GxPlanning);
        await stack.Agreements.Services.GetRequiredService<IBus>().Publish(selected);
        var found = await Eventually.GetAsync(
            async () => (await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync("/api/agreements", stack.Token(AgreementsStack.GxPlanning)), HttpStatusCode.OK, "List"))
                .GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("proposalId").GetString() == selected.ProposalId.ToString())
                .Select(a => a.GetProperty("id").GetString())
                .FirstOrDefault(),
            a => a is not null);
        return found ?? throw new Xunit.Sdk.XunitException($"No agreement was drafted for the test's selection.\n{stack.BrokerOutput()}");
    }
}
