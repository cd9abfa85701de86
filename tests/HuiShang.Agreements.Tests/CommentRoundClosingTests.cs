using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using Grpc.Core;
using HuiShang.ServiceTesting;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>
/// GX-15 / domain.md §2.2: the divisions answer by the due date. A division that never answers must not
/// hold the agreement for ever, so after the due date the coordinating division closes the round and
/// goes on; the silent divisions are kept on record as unanswered.
/// </summary>
public sealed class CommentRoundClosingTests
{
    private const string DueOn = "2025-05-20";
    private const string Agriculture = "province-division.agriculture@450000";
    private static readonly Parties Gx = Parties.Nanning;

    [Fact]
    public async Task GX15_closing_on_or_before_the_due_date_is_refused_as_deadline_not_passed_and_changes_nothing()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var (agreement, round) = await RoundAsync(host);
        var before = await HistoryAsync(host, agreement.Id);

        clock.SetDate(new DateOnly(2025, 5, 20));
        var early = await RefusedAsync(() => host.CloseAsync(Gx.Planning, agreement, round.Id));
        AssertProblem(early, StatusCode.FailedPrecondition, "deadline-not-passed", "GX-15");
        Assert.Contains(DueOn, early.Status.Detail, StringComparison.Ordinal);
        var blank = await RefusedAsync(() => host.CloseAsync(Gx.Planning, agreement, round.Id, reason: "  "));
        AssertProblem(blank, StatusCode.InvalidArgument, "validation");
        Assert.Equal(["reason"], Fields(blank));
        var tooLong = await RefusedAsync(() => host.CloseAsync(Gx.Planning, agreement, round.Id, reason: new string('理', 4001)));
        Assert.Equal(["reason"], Fields(tooLong));

        var unchanged = (await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single();
        Assert.Equal(("Open", "", ""), (unchanged.Status, unchanged.ClosedAt.Text(), unchanged.CloseReason));
        Assert.Empty(unchanged.UnansweredDivisions);
        Assert.Equal(before, await HistoryAsync(host, agreement.Id));
    }

    [Fact]
    public async Task GX15_after_the_due_date_closing_lists_the_silent_divisions_and_a_version_answering_the_resolved_round_completes_the_step()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var (agreement, round) = await RoundAsync(host);
        agreement = await host.CommentAsync(Agriculture, agreement, round.Id, null);

        clock.SetDate(new DateOnly(2025, 5, 21));
        agreement = await host.CloseAsync(Gx.Planning, agreement, round.Id);
        var closed = agreement.CommentRounds.Single();
        Assert.Equal(("Resolved", "Drafting"), (closed.Status, agreement.Status));
        Assert.Equal(["high-tech"], closed.UnansweredDivisions);
        Assert.Empty(closed.PendingDivisions);
        Assert.Empty(closed.LateDivisions);
        Assert.Equal((round.StartedBy, "高新处逾期未反馈意见，按无意见处理。"), (closed.ClosedBy, closed.CloseReason));
        Assert.StartsWith("2025-05-21T02:00:00", closed.ClosedAt.Text(), StringComparison.Ordinal);

        // Too late to comment, nothing left to close, and no overdue notice for a round that is closed.
        await AssertInvalidStateAsync(() => host.CommentAsync(Gx.Division, agreement, round.Id, "迟到的意见。"));
        await AssertInvalidStateAsync(() => host.CloseAsync(Gx.Planning, agreement, round.Id));
        Assert.Equal(0, await host.ScanAsync());
        Assert.Empty(await host.EventsAsync<CommentRoundOverdue>());
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(Gx.Planning));
        var entry = Assert.Single(history.Entries, e => e.Action == "comment-round-closed");
        Assert.Equal(("InComments", "Drafting", "round 1: no answer from high-tech"), (entry.FromStatus, entry.ToStatus, entry.Detail));

        agreement = await host.CreateVersionAsync(Gx, agreement, roundId: round.Id);
        Assert.Equal("AwaitingDirectorReview", agreement.Status);
        Assert.Equal("divisionComments:Done", agreement.Steps.Select(s => $"{s.Step}:{s.State}").First());
    }

    [Fact]
    public async Task GX15_a_closed_round_with_a_comment_awaiting_resolution_is_Answered_until_it_is_resolved()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var (agreement, round) = await RoundAsync(host);
        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "建议增加人才引进条款。");

        clock.SetDate(new DateOnly(2025, 6, 1));
        agreement = await host.CloseAsync(Gx.Planning, agreement, round.Id);
        var closed = agreement.CommentRounds.Single();
        Assert.Equal(("Answered", "InComments"), (closed.Status, agreement.Status));
        Assert.Equal(["agriculture"], closed.UnansweredDivisions);
        await AssertInvalidStateAsync(() => host.CreateVersionAsync(Gx, agreement, roundId: round.Id));
        await AssertInvalidStateAsync(() => host.CommentAsync(Agriculture, agreement, round.Id, null));

        var resolve = new ResolveCommentsRequest { AgreementId = agreement.Id, RoundId = round.Id };
        resolve.Resolutions.Add(new CommentResolution { CommentId = closed.Comments.Single().Id, Resolution = "adopted" });
        agreement = await host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning));
        Assert.Equal("Resolved", agreement.CommentRounds.Single().Status);
        agreement = await host.CreateVersionAsync(Gx, agreement, roundId: round.Id);
        Assert.Equal("AwaitingDirectorReview", agreement.Status);
    }

    [Fact]
    public async Task GX15_only_the_planning_division_of_the_jurisdiction_closes_and_only_an_open_round_of_the_current_version()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var (agreement, round) = await RoundAsync(host);
        clock.SetDate(new DateOnly(2025, 5, 21));

        foreach (var user in new[] { Gx.Director, Gx.Division, Gx.Bureau, Gx.Leader, "expert.1@450000" })
        {
            await AssertStatusAsync(StatusCode.PermissionDenied, () => host.CloseAsync(user, agreement, round.Id));
        }

        await AssertStatusAsync(StatusCode.NotFound, () => host.CloseAsync(Parties.Shijiazhuang.Planning, agreement, round.Id));
        await AssertStatusAsync(StatusCode.NotFound, () => host.CloseAsync(Gx.Planning, agreement, Guid.NewGuid().ToString()));
        Assert.Equal("Open", (await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().Status);

        // A new draft supersedes the round: it cannot be closed, only asked again.
        agreement = await host.CreateVersionAsync(Gx, agreement);
        await AssertInvalidStateAsync(() => host.CloseAsync(Gx.Planning, agreement, round.Id));

        // A round every division answered has nothing to close, however late.
        agreement = await host.StartRoundAsync(Gx, agreement, dueOn: "2025-05-21", divisions: ["high-tech"]);
        var answered = agreement.CommentRounds.Last();
        agreement = await host.CommentAsync(Gx.Division, agreement, answered.Id, null);
        clock.SetDate(new DateOnly(2025, 5, 30));
        await AssertInvalidStateAsync(() => host.CloseAsync(Gx.Planning, agreement, answered.Id));
        Assert.DoesNotContain((await HistoryAsync(host, agreement.Id)), a => a == "comment-round-closed");
    }

    /// <summary>A round asking high-tech and agriculture, due <see cref="DueOn"/>, on version 1.</summary>
    private static async Task<(Agreement Agreement, CommentRound Round)> RoundAsync(ServiceHost host)
    {
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx), dueOn: DueOn, divisions: ["high-tech", "agriculture"]);
        return (agreement, agreement.CommentRounds.Single());
    }

    private static async Task<List<string>> HistoryAsync(ServiceHost host, string id) =>
        (await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = id }, host.As(Gx.Planning))).Entries.Select(e => e.Action).ToList();
}

/// <summary>The close call the tests above share.</summary>
internal static class RoundClosing
{
    public static Task<Agreement> CloseAsync(this ServiceHost host, string user, Agreement agreement, string roundId, string reason = "高新处逾期未反馈意见，按无意见处理。") =>
        host.Channel.UnaryAsync(AgreementsApi.CloseRound, new CloseCommentRoundRequest { AgreementId = agreement.Id, RoundId = roundId, Reason = reason }, host.As(user));
}
