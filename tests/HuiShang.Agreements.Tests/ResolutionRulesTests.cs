using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>
/// GX-15: comments are resolved, and a round answered by a version, only for the round on the version
/// being revised; an old round cannot be reworked nor complete the step while a newer one is open.
/// </summary>
public sealed class ResolutionRulesTests
{
    private const string Agriculture = "province-division.agriculture@450000";
    private static readonly Parties Gx = Parties.Nanning;

    [Fact]
    public async Task GX15_a_resolution_for_a_no_comment_answer_is_a_field_error_on_that_resolution_and_resolves_nothing()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx), divisions: ["high-tech", "agriculture"]);
        var round = agreement.CommentRounds.Single();
        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "建议增加人才条款。");
        agreement = await host.CommentAsync(Agriculture, agreement, round.Id, null);
        var comments = agreement.CommentRounds.Single().Comments;

        var error = await RefusedAsync(() => ResolveAsync(host, agreement, round.Id,
            comments.Single(c => !c.NoComment).Id, comments.Single(c => c.NoComment).Id));
        AssertProblem(error, StatusCode.InvalidArgument, "validation");
        Assert.Equal(["resolutions[1]"], Fields(error).Distinct());
        Assert.All((await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().Comments, c => Assert.Equal("", c.Resolution));
    }

    [Fact]
    public async Task GX15_comments_of_a_round_on_a_superseded_version_cannot_be_resolved()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx));
        var round = agreement.CommentRounds.Single();
        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "建议增加人才条款。");
        var comment = agreement.CommentRounds.Single().Comments.Single();

        agreement = await host.CreateVersionAsync(Gx, agreement);
        await AssertInvalidStateAsync(() => ResolveAsync(host, agreement, round.Id, comment.Id));
        Assert.Equal("", (await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().Comments.Single().Resolution);
    }

    [Fact]
    public async Task GX15_a_resolved_round_of_an_earlier_version_cannot_complete_the_step_while_the_current_round_is_open()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx));
        var old = agreement.CommentRounds.Single();
        agreement = await host.CommentAsync(Gx.Division, agreement, old.Id, null);
        Assert.Equal("Resolved", agreement.CommentRounds.Single().Status);

        // Version 2 is drafted without answering the round, and the divisions are asked about it.
        agreement = await host.CreateVersionAsync(Gx, agreement);
        agreement = await host.StartRoundAsync(Gx, agreement, divisions: ["agriculture"]);
        var current = agreement.CommentRounds.Last();

        await AssertInvalidStateAsync(() => host.CreateVersionAsync(Gx, agreement, roundId: old.Id));
        var stored = await host.GetAsync(agreement.Id, Gx.Planning);
        Assert.Equal((2, "InComments"), (stored.CurrentVersion.Number, stored.Status));

        // The round on the version being revised still completes it.
        agreement = await host.CommentAsync(Agriculture, stored, current.Id, null);
        agreement = await host.CreateVersionAsync(Gx, agreement, roundId: current.Id);
        Assert.Equal("AwaitingDirectorReview", agreement.Status);
    }

    private static Task<Agreement> ResolveAsync(HuiShang.ServiceTesting.ServiceHost host, Agreement agreement, string roundId, params string[] commentIds)
    {
        var request = new ResolveCommentsRequest { AgreementId = agreement.Id, RoundId = roundId };
        request.Resolutions.AddRange(commentIds.Select(id => new CommentResolution { CommentId = id, Resolution = "adopted" }));
        return host.Channel.UnaryAsync(AgreementsApi.Resolve, request, host.As(Gx.Planning));
    }
}
