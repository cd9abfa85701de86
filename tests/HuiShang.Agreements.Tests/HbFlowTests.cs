using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>The HB chain: HB-16(二) comments, director, city leaders with objection loops; HB-16(三) approvals and formal document; HB-16(四) signing.</summary>
public sealed class HbFlowTests
{
    private static readonly Parties Hb = Parties.Shijiazhuang;

    [Fact]
    public async Task HB16_two_city_objections_loop_back_to_drafting_then_both_approve_formal_document_and_sign()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Hb);
        Assert.True(agreement.IncludesFirstWorkMeeting);
        Assert.Equal(["divisionComments", "directorsOfficeMeeting", "lowerLeadersReview", "bothApprove", "formalDocument", "signing"], agreement.Steps.Select(s => s.Step));
        Assert.All(agreement.Steps, s => Assert.Equal("HB-16", s.RuleId));

        for (var objection = 1; objection <= 2; objection++)
        {
            agreement = await host.PassCommentsAsync(Hb, agreement);
            agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Hb.Director, agreement, "approve");
            Assert.Equal("AwaitingCityReview", agreement.Status);
            var objected = agreement.CurrentVersion.Number;

            agreement = await host.ReviewAsync(AgreementsApi.CityReview, Hb.Leader, agreement, "object", $"第{objection}次异议：市级配套需调整");
            Assert.Equal(("Drafting", objection, 0), (agreement.Status, agreement.ObjectionCount, agreement.ApprovedVersion));
            Assert.Equal(["Current", "Pending", "Pending", "Pending", "Pending", "Pending"], agreement.Steps.Select(s => s.State));

            // The objected version cannot go round again: a new draft first.
            await AssertInvalidStateAsync(() => host.StartRoundAsync(Hb, agreement));
            var objectionReview = agreement.Reviews.Last();
            Assert.Equal(("city", "object", objected), (objectionReview.Kind, objectionReview.Decision, objectionReview.Version));
            agreement = await host.CreateVersionAsync(Hb, agreement, reviewId: objection == 1 ? objectionReview.Id : null);
        }

        agreement = await host.PassCommentsAsync(Hb, agreement);
        agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Hb.Director, agreement, "approve");
        agreement = await host.ReviewAsync(AgreementsApi.CityReview, Hb.Leader, agreement, "approve");
        Assert.Equal("AwaitingApproval", agreement.Status);

        var objections = agreement.Reviews.Where(r => r.Decision == "object").ToList();
        Assert.Equal(2, objections.Count);
        Assert.Equal(["第1次异议：市级配套需调整", "第2次异议：市级配套需调整"], objections.Select(o => o.Reasons.Single()));
        Assert.NotEqual(0, objections[0].AddressedByVersion);
        Assert.Equal(3, agreement.CommentRounds.Count);
        Assert.Equal(3, agreement.Reviews.Count(r => r.Kind == "director"));

        // HB-16(三): each government once, then the city's formal document.
        agreement = await host.ApproveAsync(Hb.Director, agreement);
        Assert.Equal(("AwaitingApproval", "province"), (agreement.Status, agreement.Approvals.Single().Side));
        await AssertInvalidStateAsync(() => host.ApproveAsync(Hb.Director, agreement));
        agreement = await host.ApproveAsync(Hb.Leader, agreement);
        Assert.Equal("AwaitingFormalDocument", agreement.Status);
        await AssertInvalidStateAsync(() => host.ScheduleAsync(Hb, agreement));

        agreement = await host.Channel.UnaryAsync(AgreementsApi.FormalDocument,
            new FormalDocumentRequest { AgreementId = agreement.Id, DocumentNumber = "石政函〔2025〕18号", IssuedOn = Wire.Date("2025-05-09") }, host.As(Hb.Bureau));
        Assert.Equal(("ReadyToSign", "石政函〔2025〕18号", "2025-05-09"), (agreement.Status, agreement.FormalDocument.DocumentNumber, agreement.FormalDocument.IssuedOn.Text()));
        Assert.Equal(agreement.CurrentVersion.Number, agreement.ApprovedVersion);

        agreement = await host.SignedAsync(Hb, agreement);
        Assert.Equal(("Signed", "2030-05-10", 2), (agreement.Status, agreement.ExpiresOn.Text(), agreement.ObjectionCount));
        var signed = Assert.Single(await host.EventsAsync<AgreementSigned>());
        Assert.Equal(("hb/2019-01-01", new DateOnly(2030, 5, 10)), (signed.PolicyVersion, signed.ExpiresOn));
    }

    [Fact]
    public async Task HB16_a_city_leader_of_another_city_cannot_review_and_a_second_formal_document_is_refused()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Hb);
        agreement = await host.PassCommentsAsync(Hb, agreement);
        agreement = await host.ReviewAsync(AgreementsApi.DirectorReview, Hb.Director, agreement, "approve");

        await AssertStatusAsync(StatusCode.NotFound, () => host.ReviewAsync(AgreementsApi.CityReview, Parties.Tangshan.Leader, agreement, "approve"));
        var noReason = await RefusedAsync(() => host.ReviewAsync(AgreementsApi.CityReview, Hb.Leader, agreement, "object"));
        Assert.Equal(["reasons"], Fields(noReason));
        Assert.Equal("AwaitingCityReview", (await host.GetAsync(agreement.Id, Hb.Planning)).Status);

        agreement = await host.ReviewAsync(AgreementsApi.CityReview, Hb.Leader, agreement, "approve");
        agreement = await host.ApproveAsync(Hb.Leader, await host.ApproveAsync(Hb.Director, agreement));
        var request = new FormalDocumentRequest { AgreementId = agreement.Id, DocumentNumber = "石政函〔2025〕18号", IssuedOn = Wire.Date("2025-05-09") };
        await host.Channel.UnaryAsync(AgreementsApi.FormalDocument, request, host.As(Hb.Leader));
        await AssertInvalidStateAsync(() => host.Channel.UnaryAsync(AgreementsApi.FormalDocument, request, host.As(Hb.Bureau)));
    }
}
