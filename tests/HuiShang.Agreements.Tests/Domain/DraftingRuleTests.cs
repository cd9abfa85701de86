using HuiShang.Agreements.Domain;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Agreements.Tests.DomainRules.AgreementRun;

namespace HuiShang.Agreements.Tests.DomainRules;

/// <summary>Drafting, comments and reviews (GX-14..16, HB-16(二)(三), HB-19(二)) checked by the Agreement itself, without a host.</summary>
public sealed class DraftingRuleTests
{
    [Fact]
    public void GX_14_a_selected_proposal_opens_a_framework_draft_from_its_topics_with_the_profile_chain()
    {
        var run = Open(Guangxi, "450100");

        Assert.Equal((AgreementStatus.Drafting, AgreementKinds.Framework, 1), (run.Agreement.Status, run.Agreement.Kind, run.Latest.Number));
        Assert.Equal(["风电装备"], run.Latest.OrderedItems.Select(i => i.Title));
        Assert.Equal(["GX-15", "GX-16", "GX-17"], run.Agreement.Steps.Select(s => s.RuleId));
    }

    [Fact]
    public void GX_15_comments_attach_to_the_current_version()
    {
        var run = Open(Guangxi, "450100");
        var round = run.StartRound(new DateOnly(2025, 5, 20));
        run.Revise();

        var error = Assert.Throws<RuleViolationException>(() => run.Agreement.AddComment(round, Division, "意见", false, By, Now));

        Assert.Equal(("version-superseded", "GX-15"), (error.ProblemType, error.RuleId));
    }

    [Fact]
    public void GX_15_a_round_is_closed_without_the_silent_divisions_only_after_its_due_date()
    {
        var run = Open(Guangxi, "450100");
        var round = run.StartRound(new DateOnly(2025, 5, 20));

        var early = Assert.Throws<RuleViolationException>(() => run.Agreement.CloseCommentRound(round, "逾期", new DateOnly(2025, 5, 20), By, Now));
        run.Agreement.CloseCommentRound(round, "逾期", new DateOnly(2025, 5, 21), By, Now);

        Assert.Equal(("deadline-not-passed", "GX-15"), (early.ProblemType, early.RuleId));
        Assert.Equal([Division], round.UnansweredDivisions);
        Assert.Equal(CommentRoundStatus.Resolved, round.Status);
    }

    [Fact]
    public void GX_15_the_version_answering_a_resolved_round_completes_the_comment_step()
    {
        var run = Open(Guangxi, "450100").PassComments();

        Assert.Equal((AgreementStatus.AwaitingDirectorReview, 2), (run.Agreement.Status, run.Latest.Number));
    }

    [Fact]
    public void GX_16_a_return_holds_the_review_until_a_version_addresses_it()
    {
        var run = Open(Guangxi, "450100").PassComments();
        var returned = run.Agreement.DirectorReview(Review.Return, ["补充资金安排"], 0, By, Now);

        Assert.Equal((AgreementStatus.Drafting, "GX-16"), (run.Agreement.Status, returned.RuleId));
        Assert.Throws<InvalidStateException>(() => run.DirectorApproves());
        run.Revise(reviewId: returned.Id);
        run.DirectorApproves();

        Assert.Equal((AgreementStatus.ReadyToSign, 3), (run.Agreement.Status, run.Agreement.ApprovedVersion));
    }

    [Fact]
    public void HB_16_the_approval_chain_is_copied_from_the_profile()
    {
        var run = Open(Hebei, "130100");

        Assert.Equal(
            [ApprovalStep.DivisionComments, ApprovalStep.DirectorsOfficeMeeting, ApprovalStep.LowerLeadersReview,
             ApprovalStep.BothApprove, ApprovalStep.FormalDocument, ApprovalStep.Signing],
            run.Agreement.Steps.Select(s => s.Step));
        Assert.All(run.Agreement.Steps, s => Assert.Equal("HB-16", s.RuleId));
    }

    [Fact]
    public void HB_16_二_a_city_objection_restarts_drafting_and_is_counted()
    {
        var run = Open(Hebei, "130100").PassComments().DirectorApproves();
        run.Agreement.CityReview(Review.Object, ["议题需调整"], 0, By, Now);

        Assert.Equal((AgreementStatus.Drafting, 1, 0), (run.Agreement.Status, run.Agreement.ObjectionCount, run.Agreement.CurrentStep));
        Assert.Throws<InvalidStateException>(() => run.StartRound(new DateOnly(2025, 5, 20)));
        run.Revise();
        run.PassComments().DirectorApproves();
        Assert.Equal(AgreementStatus.AwaitingCityReview, run.Agreement.Status);
    }

    [Fact]
    public void HB_19_二_the_city_leaders_review_the_version_the_director_approved()
    {
        var run = Open(Hebei, "130100").PassComments();
        Assert.Throws<InvalidStateException>(() => run.Agreement.CityReview(Review.Approve, [], 0, By, Now));
        run.DirectorApproves();

        run.Agreement.CityReview(Review.Approve, [], 0, By, Now);

        Assert.Equal((AgreementStatus.AwaitingApproval, 2), (run.Agreement.Status, run.Agreement.ApprovedVersion));
    }

    [Fact]
    public void HB_16_三_both_governments_approve_then_the_city_sends_its_formal_document()
    {
        var run = Open(Hebei, "130100").PassComments().DirectorApproves();
        run.Agreement.CityReview(Review.Approve, [], 0, By, Now);

        run.Agreement.Approve(Sides.Province, 0, By, Now);
        Assert.Throws<InvalidStateException>(() => run.Agreement.Approve(Sides.Province, 0, By, Now));
        Assert.Equal(AgreementStatus.AwaitingApproval, run.Agreement.Status);
        run.Agreement.Approve(Sides.City, 0, By, Now);
        Assert.Equal(AgreementStatus.AwaitingFormalDocument, run.Agreement.Status);
        run.Agreement.RecordFormalDocument("市政〔2025〕1号", new DateOnly(2025, 5, 5), By, Now);

        Assert.Equal((AgreementStatus.ReadyToSign, "市政〔2025〕1号"), (run.Agreement.Status, run.Agreement.FormalDocument!.DocumentNumber));
    }
}
