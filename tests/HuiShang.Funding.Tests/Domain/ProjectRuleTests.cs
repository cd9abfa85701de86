using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Funding.Tests.DomainRules.Joint;

namespace HuiShang.Funding.Tests.DomainRules;

/// <summary>XJ-3, XJ-3.3, XJ-4.1, XJ-4.2 and XJ-4.3 checked by the project and its registration themselves, without a host.</summary>
public sealed class ProjectRuleTests
{
    [Fact]
    public void XJ_3_and_XJ_4_1_a_joint_project_is_registered_as_applied_under_its_agreement_with_its_district_category()
    {
        var envelope = Envelope(Xinjiang, Urumqi);
        var (project, events) = Register(envelope, UrumqiBureau, 3_000_000m, Tianshan);

        Assert.Equal((ProjectStatus.Applied, envelope.AgreementId, 3, "xj/2023-04-23"), (project.Status, project.AgreementId, project.DistrictCategory, project.PolicyVersion));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void XJ_3_3_steps_run_approval_implementation_mid_term_check_then_acceptance()
    {
        var (project, _) = Register(Envelope(Xinjiang, Urumqi), UrumqiBureau, 3_000_000m, Tianshan);
        Assert.Throws<InvalidStateException>(() => Step(project, ProjectStatus.Implementation, new DateOnly(2025, 5, 1)));
        project.Approve(new DateOnly(2025, 6, 2), Seeds, By, On(2025, 6, 2));

        Step(project, ProjectStatus.Implementation, new DateOnly(2025, 6, 3));
        Assert.Throws<InvalidStateException>(() => Step(project, ProjectStatus.Accepted, new DateOnly(2025, 7, 1)));
        Step(project, ProjectStatus.MidTermCheck, new DateOnly(2025, 9, 1));
        Step(project, ProjectStatus.Accepted, new DateOnly(2025, 12, 1));

        Assert.Equal((ProjectStatus.Accepted, new DateOnly(2025, 12, 1)), (project.Status, project.ClosedOn));
    }

    [Fact]
    public void XJ_3_3_a_step_cannot_be_dated_before_the_approval()
    {
        var project = ApprovedInTianshan();

        var error = Assert.Throws<DomainValidationException>(() => Step(project, ProjectStatus.Implementation, new DateOnly(2025, 6, 1)));

        Assert.Equal(["on"], error.FieldErrors.Select(e => e.Key));
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void XJ_4_2_approval_fixes_the_city_match_split_by_the_district_category()
    {
        var project = ApprovedInTianshan();

        Assert.Equal((3_000_000m, 1_800_000m, 1_200_000m), (project.Plan!.CityMatch, project.Plan.CityLevel, project.Plan.District));
        Assert.Equal(("xj/2023-04-23", new DateOnly(2025, 6, 2)), (project.PolicyVersion, project.ApprovedOn));
    }

    [Fact]
    public void XJ_4_2_approval_uses_the_version_in_force_on_its_date_and_none_after_the_plan_ended()
    {
        var (project, _) = Register(Envelope(Xinjiang, Urumqi), UrumqiBureau, 3_000_000m, Tianshan);

        Assert.Throws<NoPolicyInForceException>(() => project.Approve(new DateOnly(2026, 1, 5), Seeds, By, On(2026, 1, 5)));
        Assert.Equal(ProjectStatus.Applied, project.Status);
    }

    [Fact]
    public void XJ_4_2_a_registration_needs_a_district_and_at_least_the_profile_ratio()
    {
        var envelope = Envelope(Xinjiang, Urumqi);

        var noDistrict = Assert.Throws<RuleViolationException>(() => Register(envelope, UrumqiBureau, 1_000_000m));
        var lowRatio = Assert.Throws<RuleViolationException>(() =>
            ProjectRegistration.Register(Request(envelope, 1_000_000m, Tianshan, 0.8m), envelope, UrumqiBureau, Seeds, By, On(2025, 4, 1)));

        Assert.Equal(("validation", "XJ-4.2", "districtCode"), (noDistrict.ProblemType, noDistrict.RuleId, noDistrict.FieldErrors.Single().Key));
        Assert.Equal(("validation", "XJ-4.2", "offeredMatchRatio"), (lowRatio.ProblemType, lowRatio.RuleId, lowRatio.FieldErrors.Single().Key));
    }

    [Fact]
    public void XJ_4_2_money_arrives_up_to_each_share_and_is_spent_only_once_arrived()
    {
        var project = ApprovedInTianshan();
        var entries = new List<Disbursement>();
        var on = new DateOnly(2025, 7, 1);
        Disburse(project, entries, FundingSources.District, FundingSources.Arrived, 1_000_000m, on);

        var over = Assert.Throws<DomainValidationException>(() => Disburse(project, entries, FundingSources.District, FundingSources.Arrived, 200_000.01m, on));
        var unspent = Assert.Throws<DomainValidationException>(() => Disburse(project, entries, FundingSources.District, FundingSources.Spent, 1_000_000.01m, on));

        Assert.Equal(["amount"], over.FieldErrors.Select(e => e.Key));
        Assert.Equal(["amount"], unspent.FieldErrors.Select(e => e.Key));
        Assert.Single(entries);
    }

    [Fact]
    public void XJ_4_3_a_matching_share_short_after_its_arrival_deadline_is_a_shortfall()
    {
        var project = ApprovedInTianshan();
        var entries = new List<Disbursement>();
        Disburse(project, entries, FundingSources.District, FundingSources.Arrived, 600_000m, new DateOnly(2025, 7, 1));
        var ledger = new DisbursementLedger(project.Plan!, project.ApprovedOn!.Value, entries);

        // 90 days after approval (the profile's arrivalDeadlineDays).
        Assert.False(ledger.Summary(FundingSources.District, new DateOnly(2025, 8, 31)).Shortfall);
        Assert.True(ledger.Summary(FundingSources.District, new DateOnly(2025, 9, 1)).Shortfall);
    }
}
