using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Proposals.Tests.DomainRules.Intake;

namespace HuiShang.Proposals.Tests.DomainRules;

/// <summary>Proposal.Submit runs the submission rules itself (GX-10..13, GX-21, HB-11..13, HB-16(一), HB-19(一)), without a host.</summary>
public sealed class SubmissionRuleTests
{
    private static RuleViolationException Refused(Proposal proposal, Call call, CityRecord record, DateTimeOffset at) =>
        Assert.Throws<RuleViolationException>(() => proposal.Submit(call, record, Seeds, By, at));

    [Fact]
    public void GX_10_accepts_a_complete_proposal_in_the_first_quarter_and_stamps_the_policy()
    {
        var call = OpenCall(Guangxi);
        var proposal = Draft(call, "450100");

        var submitted = proposal.Submit(call, Returning, Seeds, By, On(2025, 2, 10));

        Assert.Equal((ProposalStatus.Submitted, "gx/2019-01-01"), (proposal.Status, proposal.PolicyVersion));
        Assert.Equal(proposal.Id, submitted.ProposalId);
    }

    [Fact]
    public void GX_10_refuses_a_submission_after_the_first_quarter()
    {
        var call = OpenCall(Guangxi);
        var error = Refused(Draft(call, "450100", d => d with { PlannedMeetingOn = new DateOnly(2025, 9, 1) }), call, Returning, On(2025, 4, 2));

        Assert.Equal(("window-closed", "GX-10"), (error.ProblemType, error.RuleId));
    }

    [Fact]
    public void GX_10_refuses_a_submission_to_a_decided_call_and_keeps_the_draft()
    {
        var call = OpenCall(Guangxi);
        var proposal = Draft(call, "450100");
        call.MarkSelected();

        Assert.Throws<InvalidStateException>(() => proposal.Submit(call, Returning, Seeds, By, On(2025, 2, 10)));
        Assert.Throws<InvalidStateException>(() => proposal.Submit(null, Returning, Seeds, By, On(2025, 2, 10)));
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void GX_10_a_call_defaults_to_the_first_quarter_window()
    {
        var call = OpenCall(Guangxi);

        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "gx/2019-01-01"), (call.OpensOn, call.ClosesOn, call.PolicyVersion));
    }

    [Fact]
    public void GX_11_requires_the_city_needs_meeting_after_a_first_consultation() =>
        AssertPreparationRequired(d => d with { CityMeetingOn = null }, "GX-11", "cityMeetingOn");

    [Fact]
    public void GX_12_requires_the_previous_round_summary_except_for_a_first_consultation() =>
        AssertPreparationRequired(d => d with { PreviousRoundSummary = null }, "GX-12", "previousRoundSummary");

    [Fact]
    public void GX_13_refuses_a_proposal_less_than_two_months_before_the_meeting()
    {
        var call = OpenCall(Guangxi);
        var error = Refused(Draft(call, "450100", d => d with { PlannedMeetingOn = new DateOnly(2025, 4, 1) }), call, Returning, On(2025, 2, 10));

        Assert.Equal(("lead-time", "GX-13"), (error.ProblemType, error.RuleId));
    }

    [Fact]
    public void GX_13_every_topic_needs_prior_work_alignment_and_next_steps()
    {
        var call = OpenCall(Guangxi);
        var error = Refused(Draft(call, "450100", d => d with { Topics = [Topic(), Topic(withBasis: false)] }), call, Returning, On(2025, 2, 10));

        Assert.Equal(("validation", "GX-13"), (error.ProblemType, error.RuleId));
        Assert.Equal(["topics[1].priorWork", "topics[1].alignment", "topics[1].nextSteps"], error.FieldErrors.Select(e => e.Key));
    }

    [Fact]
    public void GX_21_refuses_a_topic_in_a_field_with_unfinished_projects()
    {
        var call = OpenCall(Guangxi);
        var unfinished = UnfinishedProject.Create(Guid.NewGuid());
        unfinished.Apply("450100", "new-energy", "风电一期", "Implementation", true, On(2024, 5, 1));

        var error = Refused(Draft(call, "450100"), call, new CityRecord(false, [unfinished]), On(2025, 2, 10));

        Assert.Equal(("field-blocked", "GX-21"), (error.ProblemType, error.RuleId));
        Assert.Contains("风电一期", error.Message, StringComparison.Ordinal);
        Draft(call, "450100", d => d with { Topics = [Topic("biomedicine")] }).Submit(call, new CityRecord(false, [unfinished]), Seeds, By, On(2025, 2, 10));
    }

    [Fact]
    public void HB_11_to_13_refuses_a_city_whose_rd_ratio_did_not_rise()
    {
        var call = OpenCall(Hebei);
        var error = Refused(Draft(call, "130100", d => d with { Figures = new ProposalFigures(1.8m, 1.9m, 8m, 5m) }), call, FirstTime, On(2025, 2, 10));

        Assert.Equal(("not-eligible", "HB-13"), (error.ProblemType, error.RuleId));
    }

    [Fact]
    public void HB_11_to_13_need_the_eligibility_figures()
    {
        var call = OpenCall(Hebei);
        var error = Refused(Draft(call, "130100", d => d with { Figures = ProposalFigures.None }), call, FirstTime, On(2025, 2, 10));

        Assert.Equal(("validation", "HB-13"), (error.ProblemType, error.RuleId));
        Assert.Equal(4, error.FieldErrors.Count);
    }

    [Fact]
    public void HB_16_一_a_city_may_propose_at_any_time_of_the_year()
    {
        var call = OpenCall(Hebei);
        var proposal = Draft(call, "130100", d => d with { PlannedMeetingOn = new DateOnly(2025, 12, 1) });

        proposal.Submit(call, FirstTime, Seeds, By, On(2025, 11, 20));

        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (call.OpensOn, call.ClosesOn));
        Assert.Equal((ProposalStatus.Submitted, "hb/2019-01-01"), (proposal.Status, proposal.PolicyVersion));
    }

    [Fact]
    public void HB_19_一_requires_the_previous_stage_summary_but_no_city_needs_meeting()
    {
        var call = OpenCall(Hebei);
        var error = Refused(Draft(call, "130100", d => d with { PreviousRoundSummary = null, CityMeetingOn = null }), call, Returning, On(2025, 2, 10));

        Assert.Equal(("validation", "HB-19.1"), (error.ProblemType, error.RuleId));
        Assert.Equal(["previousRoundSummary"], error.FieldErrors.Select(e => e.Key));
    }

    [Fact]
    public void XJ_3_1_a_call_under_a_profile_without_a_window_needs_its_dates()
    {
        var error = Assert.Throws<DomainValidationException>(() => OpenCall(Xinjiang));
        var call = Call.Open(Xinjiang, 2025, new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 30), Seeds, By, On(2025, 4, 20));

        Assert.Equal(["opensOn"], error.FieldErrors.Select(e => e.Key));
        Assert.Equal(("xj/2023-04-23", CallStatus.Open), (call.PolicyVersion, call.Status));
        Assert.Throws<DomainValidationException>(() => Call.Open(Xinjiang, 2025, new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 1), Seeds, By, On(2025, 4, 20)));
    }

    /// <summary>GX-11 / GX-12: refused for a returning city, accepted for its first consultation.</summary>
    private static void AssertPreparationRequired(Func<ProposalDraft, ProposalDraft> omit, string ruleId, string field)
    {
        var call = OpenCall(Guangxi);
        var proposal = Draft(call, "450100", omit);

        var error = Refused(proposal, call, Returning, On(2025, 2, 10));

        Assert.Equal(("validation", ruleId), (error.ProblemType, error.RuleId));
        Assert.Equal([field], error.FieldErrors.Select(e => e.Key));
        proposal.Submit(call, FirstTime, Seeds, By, On(2025, 2, 10));
    }
}
