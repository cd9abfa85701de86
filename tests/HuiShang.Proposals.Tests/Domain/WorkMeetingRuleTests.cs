using HuiShang.Proposals.Domain;
using HuiShang.Proposals.Domain.Rules;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Proposals.Tests.DomainRules.Intake;

namespace HuiShang.Proposals.Tests.DomainRules;

/// <summary>
/// HB-17 work meetings (协议书, every 1–2 years) under a live HB-15 framework (about five years), decided by
/// CallSelection without a host. Issue 12 (6): they used to meet the framework's five-year cycle instead.
/// </summary>
public sealed class WorkMeetingRuleTests
{
    private const string Shijiazhuang = "130100";

    /// <summary>Signed in 2024 for five years: live on the 2025 selection date (2025-04-10).</summary>
    private static readonly SignedFramework Live = SignedFramework.Create(Guid.NewGuid(), Shijiazhuang, Hebei, 2024, new(2024, 3, 1), new(2029, 3, 1));

    private static readonly SignedFramework Expired = SignedFramework.Create(Guid.NewGuid(), Shijiazhuang, Hebei, 2019, new(2019, 3, 1), new(2024, 3, 1));

    private static SelectionOutcome Decide(Call call, Proposal proposal, RegionRounds rounds) =>
        CallSelection.Decide(call, new SelectionRequest(proposal.Id, [], []), [proposal], new Dictionary<string, RegionRounds> { [proposal.RegionCode] = rounds },
            id => new KeyNotFoundException(id.ToString()), Seeds, By, On(call.Year, 4, 10));

    [Fact]
    public void HB_17_a_city_with_a_live_framework_is_selected_for_its_work_meeting_the_year_after()
    {
        var call = OpenCall(Hebei);
        var proposal = Submitted(call, Shijiazhuang);

        var outcome = Decide(call, proposal, new RegionRounds(2024, 2024, Live));

        Assert.Equal([proposal], outcome.Selected);
        Assert.Equal((ProposalStatus.Selected, Live.AgreementId), (proposal.Status, proposal.WorkMeetingOf));
    }

    [Fact]
    public void HB_17_a_second_work_meeting_within_the_minimum_interval_is_refused_with_the_rule_id()
    {
        var call = OpenCall(Hebei);
        var proposal = Submitted(call, Shijiazhuang);

        // A work meeting was already held in 2025 under the 2024 framework.
        var error = Assert.Throws<RuleViolationException>(() => Decide(call, proposal, new RegionRounds(2025, 2024, Live)));

        Assert.Equal(("cycle-not-due", "HB-17"), (error.ProblemType, error.RuleId));
        Assert.Equal((ProposalStatus.Submitted, CallStatus.Open), (proposal.Status, call.Status));
    }

    [Fact]
    public void HB_17_an_expired_framework_falls_back_to_the_HB_15_cycle_counted_from_the_last_round()
    {
        var call = OpenCall(Hebei);
        var refused = Submitted(call, Shijiazhuang);
        var renewedCall = OpenCall(Hebei);
        var renewed = Submitted(renewedCall, Shijiazhuang);

        // Framework of 2021 (expired for the test's sake): 2025 is inside its five years, no work meeting.
        var error = Assert.Throws<RuleViolationException>(() => Decide(call, refused, new RegionRounds(2024, 2021, Expired)));
        // Framework of 2019, work meetings until 2024: a new framework round is due in 2025.
        Decide(renewedCall, renewed, new RegionRounds(2024, 2019, Expired));

        Assert.Equal(("cycle-not-due", "HB-15"), (error.ProblemType, error.RuleId));
        Assert.Equal((ProposalStatus.Selected, (Guid?)null), (renewed.Status, renewed.WorkMeetingOf));
    }

    [Fact]
    public void HB_17_is_the_profiles_section_a_profile_without_work_meetings_keeps_its_round_cycle()
    {
        var call = OpenCall(Guangxi);
        var (nanning, liuzhou) = (Submitted(call, "450100"), Submitted(call, "450200"));
        var framework = SignedFramework.Create(Guid.NewGuid(), "450100", Guangxi, 2024, new(2024, 3, 1), new(2027, 3, 1));
        var rounds = new Dictionary<string, RegionRounds> { ["450100"] = new(2024, 2024, framework) };

        var error = Assert.Throws<RuleViolationException>(() => CallSelection.Decide(call, new SelectionRequest(nanning.Id, [liuzhou.Id], []), [nanning, liuzhou], rounds,
            id => new KeyNotFoundException(id.ToString()), Seeds, By, On(call.Year, 2, 10)));

        Assert.Equal(("cycle-not-due", "GX-10"), (error.ProblemType, error.RuleId));
    }
}
