using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>GX-15 会签 rules: comments attach to a version, one answer per division, one live round, late divisions.</summary>
public sealed class CommentRoundTests
{
    private static readonly Parties Gx = Parties.Nanning;

    [Fact]
    public async Task GX15_a_comment_on_a_superseded_version_is_refused_as_version_superseded()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Gx);
        agreement = await host.StartRoundAsync(Gx, agreement, divisions: ["high-tech", "agriculture"]);
        var round = agreement.CommentRounds.Single();
        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "同意。");
        await AssertInvalidStateAsync(() => host.CommentAsync(Gx.Division, agreement, round.Id, "再补充一条。"));

        agreement = await host.CreateVersionAsync(Gx, agreement);
        var superseded = await RefusedAsync(() => host.CommentAsync("province-division.agriculture@450000", agreement, round.Id, "意见"));
        AssertProblem(superseded, StatusCode.FailedPrecondition, "version-superseded", "GX-15");
        Assert.Single((await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().Comments);

        // The dead round does not block a round on the current version; a second live round does.
        agreement = await host.StartRoundAsync(Gx, agreement);
        Assert.Equal((2, "InComments"), (agreement.CommentRounds.Count, agreement.Status));
        await AssertInvalidStateAsync(() => host.StartRoundAsync(Gx, agreement, divisions: ["agriculture"]));
        await AssertInvalidStateAsync(() => host.StartRoundAsync(Gx, agreement, version: 1));
    }

    [Fact]
    public async Task GX15_only_a_resolved_round_completes_the_comment_step_and_a_division_answers_only_where_asked()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Gx);
        agreement = await host.StartRoundAsync(Gx, agreement, divisions: ["high-tech", "agriculture"]);
        var round = agreement.CommentRounds.Single();
        await AssertInvalidStateAsync(() => host.CreateVersionAsync(Gx, agreement, roundId: round.Id));
        // A division never asked does not even see the draft.
        await AssertStatusAsync(StatusCode.NotFound, () => host.CommentAsync("province-division.basic-research@450000", agreement, round.Id, "意见"));

        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "建议增加人才条款。");
        agreement = await host.CommentAsync("province-division.agriculture@450000", agreement, round.Id, null);
        Assert.Equal("Answered", agreement.CommentRounds.Single().Status);
        await AssertInvalidStateAsync(() => host.CreateVersionAsync(Gx, agreement, roundId: round.Id));

        var comment = agreement.CommentRounds.Single().Comments.Single(c => !c.NoComment);
        var resolve = new ResolveCommentsRequest { AgreementId = agreement.Id, RoundId = round.Id };
        resolve.Resolutions.Add(new CommentResolution { CommentId = comment.Id, Resolution = "adopted" });
        agreement = await host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning));
        await AssertInvalidStateAsync(() => host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning)));
        agreement = await host.CreateVersionAsync(Gx, agreement, roundId: round.Id);
        Assert.Equal("AwaitingDirectorReview", agreement.Status);
        await AssertInvalidStateAsync(() => host.StartRoundAsync(Gx, agreement));
    }

    [Fact]
    public async Task GX15_late_divisions_are_listed_after_the_due_date_and_CommentRoundOverdue_is_published_once()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var agreement = await host.SelectedAsync(Gx);
        agreement = await host.StartRoundAsync(Gx, agreement, dueOn: "2025-05-12", divisions: ["high-tech", "agriculture"]);
        var round = agreement.CommentRounds.Single();
        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "同意。");

        clock.SetDate(new DateOnly(2025, 5, 12));
        Assert.Empty((await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().LateDivisions);
        Assert.Equal(0, await host.ScanAsync());

        clock.SetDate(new DateOnly(2025, 5, 13));
        var late = (await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single();
        Assert.Equal(["agriculture"], late.LateDivisions);
        Assert.Equal(["agriculture"], late.PendingDivisions);
        Assert.Equal(1, await host.ScanAsync());
        Assert.Equal(0, await host.ScanAsync());
        clock.SetDate(new DateOnly(2025, 5, 20));
        Assert.Equal(0, await host.ScanAsync());

        var overdue = Assert.Single(await host.EventsAsync<CommentRoundOverdue>());
        Assert.Equal((Guid.Parse(round.Id), new DateOnly(2025, 5, 12), "450100"), (overdue.RoundId, overdue.DueOn, overdue.RegionCode));
        Assert.Equal(["agriculture"], overdue.LateDivisions);
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(Gx.Planning));
        Assert.Single(history.Entries, e => e.Action == "comment-round-overdue" && e.By == "system");
    }
}
