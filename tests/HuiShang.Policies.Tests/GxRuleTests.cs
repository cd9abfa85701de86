using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Tests;

public sealed class GxRuleTests
{
    private readonly PolicyVersion _gx = Shipped.Catalog.InForce(Shipped.Gx, Shipped.Date("2024-05-01"));

    [Fact]
    public void GX_10_intake_window_is_the_first_quarter()
    {
        var intake = _gx.Require<IntakeWindow>();

        Assert.Equal("GX-10", intake.RuleId);
        Assert.True(intake.IsOpenOn(Shipped.Date("2024-01-01")));
        Assert.True(intake.IsOpenOn(Shipped.Date("2024-03-31")));
        Assert.False(intake.IsOpenOn(Shipped.Date("2024-04-01")));
        Assert.False(intake.IsOpenOn(Shipped.Date("2023-12-31")));
    }

    [Fact]
    public void GX_10_quota_is_one_key_and_one_to_two_general()
    {
        var quota = _gx.Require<SelectionQuota>();

        Assert.Equal("GX-10", quota.RuleId);
        Assert.Equal(new CountRange(1, 1), quota.For(ConsultationTier.Key));
        Assert.Equal(new CountRange(1, 2), quota.For(ConsultationTier.General));
    }

    [Fact]
    public void GX_10_new_round_every_three_years_extra_only_with_a_reason()
    {
        var cycle = _gx.Require<RoundCycle>();

        Assert.Equal(("GX-10", 3, true, false), (cycle.RuleId, cycle.Years, cycle.ExtraRoundWithReason, cycle.Approximate));
    }

    [Fact]
    public void GX_13_lead_time_is_at_least_two_months()
    {
        var lead = _gx.Require<LeadTime>();

        Assert.Equal(("GX-13", 2), (lead.RuleId, lead.MinimumMonths));
        Assert.Equal(Shipped.Date("2024-07-15"), lead.LatestSubmissionFor(Shipped.Date("2024-09-15")));
    }

    [Fact]
    public void GX_18_caps_key_twenty_million_general_ten_million_yuan()
    {
        var caps = _gx.Require<FundingCaps>();

        Assert.Equal("GX-18", caps.RuleId);
        Assert.Equal(20_000_000, caps.MaximumFor(ConsultationTier.Key));
        Assert.Equal(10_000_000, caps.MaximumFor(ConsultationTier.General));
    }

    [Fact]
    public void GX_19_quarterly_ledger_and_annual_report_due_12_25()
    {
        var reporting = _gx.Require<Reporting>();

        Assert.Equal(("GX-19", ReportingPeriod.Quarterly, new MonthDay(12, 25)), (reporting.RuleId, reporting.ProgressLedger, reporting.AnnualReportDue));
    }

    [Fact]
    public void GX_19_ledger_due_15_days_after_quarter_end_and_escalation_after_10_days()
    {
        var reporting = _gx.Require<Reporting>();

        Assert.Equal((15, 10), (reporting.LedgerDueDays, reporting.EscalationDays));
        Assert.Equal(new DateOnly(2025, 4, 15), reporting.LedgerDueOn(2025, 1));
        Assert.Equal(new DateOnly(2026, 1, 15), reporting.LedgerDueOn(2025, 4));
    }

    [Fact]
    public void GX_18_items_bind_both_sides_and_GX_19_asks_the_city_for_an_implementation_plan()
    {
        var implementation = _gx.Require<Implementation>();

        Assert.Equal(("GX-18", "GX-19", false), (implementation.RuleId, implementation.PlanRuleId, implementation.ProvincePlan));
    }

    [Fact]
    public void GX_15_17_approval_chain_is_division_comments_then_directors_office_meeting_then_signing()
    {
        var steps = _gx.Require<ApprovalChain>().Steps;

        Assert.Equal([ApprovalStep.DivisionComments, ApprovalStep.DirectorsOfficeMeeting, ApprovalStep.Signing], steps.Select(s => s.Step));
        Assert.Equal(["GX-15", "GX-16", "GX-17"], steps.Select(s => s.RuleId));
        Assert.DoesNotContain(steps, s => s.ObjectionRestartsDrafting);
    }

    [Fact]
    public void GX_21_field_block_is_on()
    {
        Assert.Equal(new FieldBlock("GX-21", true), _gx.Require<FieldBlock>());
    }

    [Fact]
    public void GX_applies_no_eligibility_figures_and_no_matching()
    {
        Assert.False(_gx.IsApplied<Eligibility>());
        Assert.False(_gx.IsApplied<Matching>());
    }

    [Fact]
    public void GX_11_city_needs_meeting_is_required_first_consultation_exempt()
    {
        var preparation = _gx.Require<Preparation>();

        Assert.Equal(new PreparationItem("GX-11", ExceptFirstConsultation: true), preparation.CityMeeting);
        Assert.False(preparation.CityMeeting!.RequiredFor(isFirstConsultation: true));
        Assert.True(preparation.CityMeeting.RequiredFor(isFirstConsultation: false));
    }

    [Fact]
    public void GX_12_previous_round_summary_is_required_except_first_consultation()
    {
        Assert.Equal(new PreparationItem("GX-12", ExceptFirstConsultation: true), _gx.Require<Preparation>().PreviousRoundSummary);
    }
}
