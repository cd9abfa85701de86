using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>The GX chain end to end: GX-14 draft, GX-15 comments, GX-16 director's office meeting, GX-17 meeting and signing.</summary>
public sealed class GxFlowTests
{
    private static readonly Parties Gx = Parties.Nanning;

    [Fact]
    public async Task GX14_GX15_GX16_GX17_selected_proposal_is_drafted_commented_returned_approved_and_signed()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);

        // GX-14: the selection opens a framework draft, version 1 by the system from the topics.
        var agreement = await host.SelectedAsync(Gx);
        Assert.Equal(("framework", "Drafting", "Key", 2025, "gx/2019-01-01"), (agreement.Kind, agreement.Status, agreement.Tier, agreement.Year, agreement.PolicyVersion));
        Assert.Equal((1, "system"), (agreement.CurrentVersion.Number, agreement.CurrentVersion.CreatedBy));
        Assert.Equal(["新能源汽车关键零部件研发", "面向东盟的技术转移中心建设"], agreement.CurrentVersion.Items.Select(i => i.Title));
        Assert.All(agreement.CurrentVersion.Items, i => Assert.Equal(("city", "new-energy"), (i.OwnerSide, i.Field)));
        Assert.Contains("新能源汽车关键零部件研发", agreement.CurrentVersion.Text, StringComparison.Ordinal);
        Assert.Equal(["divisionComments:GX-15:Current", "directorsOfficeMeeting:GX-16:Pending", "signing:GX-17:Pending"],
            agreement.Steps.Select(s => $"{s.Step}:{s.RuleId}:{s.State}"));
        Assert.False(agreement.IncludesFirstWorkMeeting);
        Assert.Single(await host.EventsAsync<AgreementDrafted>());

        // GX-15: two divisions in parallel; one writes, one has no comment; the written one is resolved.
        agreement = await host.CreateVersionAsync(Gx, agreement);
        agreement = await host.StartRoundAsync(Gx, agreement, divisions: ["high-tech", "agriculture"]);
        Assert.Equal("InComments", agreement.Status);
        var round = Assert.Single(agreement.CommentRounds);
        Assert.Equal((2, "Open"), (round.Version, round.Status));
        Assert.Equal(["high-tech", "agriculture"], round.PendingDivisions);

        agreement = await host.CommentAsync("province-division.high-tech@450000", agreement, round.Id, "建议明确市级配套资金比例。");
        agreement = await host.CommentAsync("province-division.agriculture@450000", agreement, round.Id, null);
        round = agreement.CommentRounds.Single();
        Assert.Equal("Answered", round.Status);
        Assert.Empty(round.PendingDivisions);
        var written = round.Comments.Single(c => !c.NoComment);
        Assert.True(round.Comments.Single(c => c.NoComment).Division == "agriculture");

        var resolve = new ResolveCommentsRequest { AgreementId = agreement.Id, RoundId = round.Id };
        resolve.Resolutions.Add(new CommentResolution { CommentId = written.Id, Resolution = "partly-adopted", Reason = "配套比例在实施方案中明确。" });
        agreement = await host.Channel.UnaryAsync(AgreementsApi.Resolve, resolve, host.As(Gx.Planning));
        Assert.Equal(("Resolved", "Drafting"), (agreement.CommentRounds.Single().Status, agreement.Status));
        Assert.Equal("partly-adopted", agreement.CommentRounds.Single().Comments.Single(c => c.Id == written.Id).Resolution);

        // The 建议稿 answers the round: the comment step is done, the director's office meeting is next.
        agreement = await host.CreateVersionAsync(Gx, agreement, roundId: round.Id);
        Assert.Equal(("AwaitingDirectorReview", 3, round.Id), (agreement.Status, agreement.CurrentVersion.Number, agreement.CurrentVersion.CommentRoundId));
        Assert.Equal(["Done", "Current", "Pending"], agreement.Steps.Select(s => s.State));

        // GX-16: the meeting returns the draft; a version addressing the return brings it back.
        agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "return", "补充资金安排");
        Assert.Equal("Drafting", agreement.Status);
        var returned = Assert.Single(agreement.Reviews);
        Assert.Equal(("director", "return", 3, 0, "GX-16"), (returned.Kind, returned.Decision, returned.Version, returned.AddressedByVersion, returned.RuleId));
        await AssertInvalidStateAsync(() => host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "approve"));

        agreement = await host.CreateVersionAsync(Gx, agreement, reviewId: returned.Id);
        Assert.Equal(("AwaitingDirectorReview", 4), (agreement.Status, agreement.Reviews.Single().AddressedByVersion));
        agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "approve");
        Assert.Equal(("ReadyToSign", 4), (agreement.Status, agreement.ApprovedVersion));

        // GX-17: the meeting with the default five-step agenda, then both signatures.
        agreement = await host.ScheduleAsync(Gx, agreement);
        Assert.Equal(5, agreement.Meeting.Agenda.Count);
        Assert.StartsWith("设区市人民政府主要领导", agreement.Meeting.Agenda[0], StringComparison.Ordinal);
        Assert.Equal("科技厅厅长与设区市人民政府主要领导签定议定书", agreement.Meeting.Agenda[3]);
        Assert.Equal(("2025-06-18T09:30", "科技厅三楼会议室"), (agreement.Meeting.At, agreement.Meeting.Place));

        agreement = await host.SignAsync(Gx.Director, agreement);
        Assert.Equal(("ReadyToSign", "province"), (agreement.Status, agreement.Signatures.Single().Side));
        Assert.Empty(await host.EventsAsync<AgreementSigned>());
        agreement = await host.SignAsync(Gx.Leader, agreement, version: 4);
        Assert.Equal(("Signed", "2025-05-10", "2028-05-10"), (agreement.Status, agreement.SignedOn.Text(), agreement.ExpiresOn.Text()));
        Assert.All(agreement.Steps, s => Assert.Equal("Done", s.State));

        var signed = Assert.Single(await host.EventsAsync<AgreementSigned>());
        Assert.Equal((Guid.Parse(agreement.Id), "Key", 2025, 4, "framework"), (signed.AgreementId, signed.Tier, signed.Year, signed.Version, signed.Kind));
        Assert.Equal((new DateOnly(2025, 5, 10), new DateOnly(2028, 5, 10)), (signed.SignedOn, signed.ExpiresOn));
        Assert.Equal(("450100", "450000", "gx/2019-01-01"), (signed.RegionCode, signed.JurisdictionCode, signed.PolicyVersion));
        Assert.Equal(2, signed.Items.Count);
        Assert.All(signed.Items, i => Assert.Equal(("市科技局", new DateOnly(2026, 12, 31), "city"), (i.LeadUnit, i.DueOn, i.OwnerSide)));
        Assert.False(string.IsNullOrEmpty(signed.ProvinceSignedBy));
        Assert.False(string.IsNullOrEmpty(signed.CitySignedBy));
    }

    [Fact]
    public async Task GX17_a_custom_agenda_replaces_the_default_and_the_meeting_can_be_moved_until_someone_signs()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Gx);
        agreement = await host.PassCommentsAsync(Gx, agreement);
        agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "approve");

        agreement = await host.ScheduleAsync(Gx, agreement, "签约", "讲话");
        Assert.Equal(["签约", "讲话"], agreement.Meeting.Agenda);
        agreement = await host.ScheduleAsync(Gx, agreement);
        Assert.Equal(5, agreement.Meeting.Agenda.Count);

        agreement = await host.SignAsync(Gx.Leader, agreement);
        await AssertInvalidStateAsync(() => host.ScheduleAsync(Gx, agreement));
        await AssertInvalidStateAsync(() => host.SignAsync(Gx.Leader, agreement));
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(Gx.Planning));
        Assert.Contains(history.Entries, e => e.Action == "reschedule-meeting");
    }
}
