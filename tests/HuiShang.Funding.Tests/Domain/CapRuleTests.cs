using HuiShang.Contracts.Events;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Funding.Tests.DomainRules.Joint;

namespace HuiShang.Funding.Tests.DomainRules;

/// <summary>GX-18 caps and GX-21 status, checked by the envelope and the project themselves, without a host.</summary>
public sealed class CapRuleTests
{
    [Fact]
    public void GX_18_caps_a_key_city_at_20_million_and_a_general_or_extra_city_at_10_million()
    {
        Assert.Equal(20_000_000m, Envelope(Guangxi, Nanning, "Key").Cap);
        Assert.Equal(10_000_000m, Envelope(Guangxi, Nanning, "General").Cap);
        Assert.Equal(10_000_000m, Envelope(Guangxi, Nanning, "Extra").Cap);
        Assert.Equal("GX-18", Envelope(Guangxi, Nanning).CapRuleId);
        Assert.Null(Envelope(Xinjiang, Urumqi).Cap);
    }

    [Fact]
    public void GX_18_refuses_a_registration_above_what_remains_of_the_cap()
    {
        var envelope = Envelope(Guangxi, Nanning);
        Register(envelope, NanningBureau, 6_000_000m);

        var error = Assert.Throws<RuleViolationException>(() => Register(envelope, NanningBureau, 5_000_000m));

        Assert.Equal(("cap-exceeded", "GX-18"), (error.ProblemType, error.RuleId));
        Assert.Equal(("10000000.00", "6000000.00", "5000000.00"), (error.Figures["cap"], error.Figures["committed"], error.Figures["requested"]));
        Assert.Equal(6_000_000m, envelope.Committed);
    }

    [Fact]
    public void GX_18_registers_only_under_a_signed_agreement_of_the_registrants_city()
    {
        var envelope = Envelope(Guangxi, Nanning);

        var unsigned = Assert.Throws<RuleViolationException>(() =>
            ProjectRegistration.Register(Request(envelope, 1_000_000m), null, NanningBureau, Seeds, By, On(2025, 4, 1)));
        var otherCity = Assert.Throws<RuleViolationException>(() => Register(envelope, new Registrant("450200", null, null), 1_000_000m));

        Assert.Equal(("agreement-not-signed", "GX-18"), (unsigned.ProblemType, unsigned.RuleId));
        Assert.Equal(unsigned.Message, otherCity.Message);
        Assert.Equal(0m, envelope.Committed);
    }

    [Fact]
    public void GX_18_a_termination_gives_back_only_the_upper_support_that_has_not_arrived()
    {
        var envelope = Envelope(Guangxi, Nanning);
        var (project, _) = Register(envelope, NanningBureau, 8_000_000m);
        project.Approve(new DateOnly(2025, 5, 6), Seeds, By, On(2025, 5, 6));
        var entries = new List<Disbursement>();
        Disburse(project, entries, FundingSources.Upper, FundingSources.Arrived, 3_000_000m, new DateOnly(2025, 6, 1));

        Step(project, ProjectStatus.Terminated, new DateOnly(2025, 7, 1), new TerminationFunds(envelope, entries));

        Assert.Equal((ProjectStatus.Terminated, 3_000_000m), (project.Status, envelope.Committed));
    }

    [Fact]
    public void GX_21_a_project_stays_unfinished_until_accepted_or_terminated()
    {
        var envelope = Envelope(Guangxi, Nanning);
        var (project, registered) = Register(envelope, NanningBureau, 1_000_000m);

        var terminated = Step(project, ProjectStatus.Terminated, new DateOnly(2025, 4, 2), new TerminationFunds(envelope, []));

        Assert.True(registered.OfType<JointProjectStatusChanged>().Single().Unfinished);
        Assert.False(terminated.OfType<JointProjectStatusChanged>().Single().Unfinished);
        Assert.Equal(0m, envelope.Committed);
    }
}
