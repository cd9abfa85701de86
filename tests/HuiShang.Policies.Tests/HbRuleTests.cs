using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Tests;

public sealed class HbRuleTests
{
    private readonly PolicyVersion _hb = Shipped.Catalog.InForce(Shipped.Hb, Shipped.Date("2024-05-01"));

    [Fact]
    public void HB_11_13_eligibility_figures()
    {
        var eligibility = _hb.Require<Eligibility>();

        Assert.Equal("HB-13", eligibility.RuleId);
        Assert.Empty(eligibility.Failures(new EligibilityFigures(0.021m, 0.020m, 0.08m, 0.05m)));
        Assert.Equal(2, eligibility.Failures(new EligibilityFigures(0.020m, 0.020m, 0.05m, 0.05m)).Count);
        Assert.Single(eligibility.Failures(new EligibilityFigures(0.019m, 0.020m, 0.08m, 0.05m)));
    }

    [Fact]
    public void HB_16_intake_any_time_on_request()
    {
        var intake = _hb.Require<IntakeWindow>();

        Assert.Equal((IntakeKind.AnyTime, "HB-16"), (intake.Kind, intake.RuleId));
        Assert.True(intake.IsOpenOn(Shipped.Date("2024-08-15")));
    }

    [Fact]
    public void HB_15_framework_valid_about_five_years_renewal_by_agreement()
    {
        var cycle = _hb.Require<RoundCycle>();

        Assert.Equal(("HB-15", 5, true, true), (cycle.RuleId, cycle.Years, cycle.Approximate, cycle.RenewalByAgreement));
    }

    [Fact]
    public void HB_17_work_meetings_every_one_to_two_years()
    {
        var meetings = _hb.Require<WorkMeetings>();

        Assert.Equal(("HB-17", new CountRange(1, 2), true), (meetings.RuleId, meetings.EveryYears, meetings.FirstMergesWithFramework));
    }

    [Fact]
    public void HB_16_approval_chain_loops_on_city_leader_objection_then_formal_document_and_signing()
    {
        var steps = _hb.Require<ApprovalChain>().Steps;

        Assert.Equal(
            [ApprovalStep.DivisionComments, ApprovalStep.DirectorsOfficeMeeting, ApprovalStep.LowerLeadersReview,
             ApprovalStep.BothApprove, ApprovalStep.FormalDocument, ApprovalStep.Signing],
            steps.Select(s => s.Step));
        Assert.Equal([ApprovalStep.LowerLeadersReview], steps.Where(s => s.ObjectionRestartsDrafting).Select(s => s.Step));
    }

    [Fact]
    public void HB_has_no_field_block_and_the_rule_reports_as_not_applied()
    {
        Assert.False(_hb.IsApplied<FieldBlock>());
        Assert.Null(_hb.Find<FieldBlock>());
        var ex = Assert.Throws<RuleNotAppliedException>(() => _hb.Require<FieldBlock>());
        Assert.Equal(("hb/2019-01-01", "fieldBlock"), (ex.VersionId, ex.Section));
    }

    [Fact]
    public void HB_21_items_bind_both_sides_and_HB_19_5_each_side_drafts_an_implementation_plan()
    {
        var implementation = _hb.Require<Implementation>();

        Assert.Equal(("HB-21", "HB-19.5", true), (implementation.RuleId, implementation.PlanRuleId, implementation.ProvincePlan));
    }

    [Fact]
    public void HB_sets_no_quota_lead_time_caps_or_reporting_calendar()
    {
        Assert.False(_hb.IsApplied<SelectionQuota>());
        Assert.False(_hb.IsApplied<LeadTime>());
        Assert.False(_hb.IsApplied<FundingCaps>());
        Assert.False(_hb.IsApplied<Reporting>());
    }

    [Fact]
    public void HB_19_previous_round_summary_required_except_first_and_no_city_meeting()
    {
        var preparation = _hb.Require<Preparation>();

        Assert.Equal(new PreparationItem("HB-19.1", ExceptFirstConsultation: true), preparation.PreviousRoundSummary);
        Assert.Null(preparation.CityMeeting);
    }
}
