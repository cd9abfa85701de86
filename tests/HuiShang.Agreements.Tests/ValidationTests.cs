using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>Bad input is INVALID_ARGUMENT validation with the API's field paths, and changes nothing.</summary>
public sealed class ValidationTests
{
    private static readonly Parties Gx = Parties.Nanning;

    private static void AssertValidation(RpcException error, params string[] fields)
    {
        AssertProblem(error, StatusCode.InvalidArgument, "validation");
        Assert.Equal(fields.Order(StringComparer.Ordinal), Fields(error).Distinct());
    }

    [Fact]
    public async Task GX15_invalid_version_items_name_their_fields_and_store_nothing()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Gx);
        var request = NextVersion(agreement);
        request.Text = " ";
        request.Items.Add(new AgreedItem { Title = "", OwnerSide = "city" });
        request.Items.Add(new AgreedItem { Title = "人才引进", OwnerSide = "both", DueOn = Wire.Date("2026-02-30") });
        request.Items.Add(new AgreedItem { Title = request.Items[0].Title, OwnerSide = "province", CoUnits = { "" } });
        request.Items.Add(new AgreedItem { Title = new string('长', 201), OwnerSide = "city" });
        request.CommentRoundId = "not-an-id";

        var error = await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.CreateVersion, request, host.As(Gx.Planning)));
        AssertValidation(error, "text", "items[2].title", "items[3].ownerSide", "items[3].dueOn", "items[4].title", "items[4].coUnits[0]", "items[5].title", "commentRoundId");

        var unknownRound = NextVersion(agreement, roundId: Guid.NewGuid().ToString());
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.CreateVersion, unknownRound, host.As(Gx.Planning))), "commentRoundId");

        var stored = await host.GetAsync(agreement.Id, Gx.Planning);
        Assert.Equal((1, "Drafting"), (stored.CurrentVersion.Number, stored.Status));
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(Gx.Planning));
        Assert.Single(history.Entries);
    }

    [Fact]
    public async Task GX15_invalid_rounds_comments_and_resolutions_name_their_fields()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Gx);

        AssertValidation(await RefusedAsync(() => host.StartRoundAsync(Gx, agreement, dueOn: "2025-05-09", divisions: ["high-tech", "finance", "high-tech"])),
            "divisions[1]", "divisions[2]", "dueOn");
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.StartRound,
            new StartCommentRoundRequest { AgreementId = agreement.Id, DueOn = Wire.Date("2026-13-01") }, host.As(Gx.Planning))), "divisions", "dueOn");
        Assert.Empty((await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds);

        agreement = await host.StartRoundAsync(Gx, agreement, divisions: ["high-tech", "agriculture"]);
        var round = agreement.CommentRounds.Single();
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.AddComment,
            new AddCommentRequest { AgreementId = agreement.Id, RoundId = round.Id, Text = "意见", NoComment = true }, host.As(Gx.Division))), "text");
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.AddComment,
            new AddCommentRequest { AgreementId = agreement.Id, RoundId = round.Id }, host.As(Gx.Division))), "text");
        Assert.Empty((await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().Comments);

        agreement = await host.CommentAsync(Gx.Division, agreement, round.Id, "意见");
        var resolve = new ResolveCommentsRequest { AgreementId = agreement.Id, RoundId = round.Id };
        resolve.Resolutions.Add(new CommentResolution { CommentId = Guid.NewGuid().ToString(), Resolution = "adopted" });
        resolve.Resolutions.Add(new CommentResolution { CommentId = agreement.CommentRounds.Single().Comments.Single().Id, Resolution = "not-adopted" });
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning))), "resolutions[1].reason");
        resolve.Resolutions[1].Reason = "与现行政策不符";
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning))), "resolutions[0].commentId");
        resolve.Resolutions[0].Resolution = "maybe";
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning))), "resolutions[0].resolution");
        Assert.Equal("", (await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds.Single().Comments.Single().Resolution);
    }

    [Fact]
    public async Task GX16_GX17_invalid_reviews_meetings_and_filters_name_their_fields()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.PassCommentsAsync(Gx, await host.SelectedAsync(Gx));

        AssertValidation(await RefusedAsync(() => host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "return")), "reasons");
        AssertValidation(await RefusedAsync(() => host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "object", "异议")), "decision");
        AssertValidation(await RefusedAsync(() => host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "return", " ")), "reasons[0]");
        Assert.Empty((await host.GetAsync(agreement.Id, Gx.Planning)).Reviews);
        await AssertInvalidStateAsync(() => host.Channel.UnaryAsync(AgreementsApi.DirectorReview,
            new ReviewRequest { AgreementId = agreement.Id, Decision = "approve", Version = 1 }, host.As(Gx.Director)));

        agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "approve");
        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.ScheduleMeeting,
            new ScheduleMeetingRequest { AgreementId = agreement.Id, At = "2025-06-18 09:30" }, host.As(Gx.Planning))), "at", "place");
        Assert.Null((await host.GetAsync(agreement.Id, Gx.Planning)).Meeting);

        AssertValidation(await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest { Status = "Approved" }, host.As(Gx.Planning))), "status");
        Assert.Single((await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest { Status = "ReadyToSign" }, host.As(Gx.Planning))).Items);
        Assert.Empty((await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest { Status = "Drafting" }, host.As(Gx.Planning))).Items);
    }
}
