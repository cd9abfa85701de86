using HuiShang.Proposals.Domain;
using HuiShang.Proposals.Domain.Rules;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Proposals.Tests.DomainRules.Intake;

namespace HuiShang.Proposals.Tests.DomainRules;

/// <summary>CallSelection decides a call itself (GX-10 quota, round cycle, extras; HB-15), without a host.</summary>
public sealed class SelectionRuleTests
{
    private static readonly Dictionary<string, int?> NeverSelected = [];

    private static SelectionOutcome Decide(Call call, SelectionRequest request, IReadOnlyList<Proposal> proposals, IReadOnlyDictionary<string, int?>? lastYears = null) =>
        CallSelection.Decide(call, request, proposals, lastYears ?? NeverSelected, id => new KeyNotFoundException(id.ToString()), Seeds, By, On(call.Year, 4, 10));

    private static (Call Call, List<Proposal> Proposals) SubmittedCall(string jurisdiction, params string[] regions)
    {
        var call = OpenCall(jurisdiction);
        return (call, regions.Select(r => Submitted(call, r)).ToList());
    }

    [Fact]
    public void GX_10_selects_one_key_city_as_theme_city_and_general_ones_and_declines_the_rest()
    {
        var (call, p) = SubmittedCall(Guangxi, "450100", "450200", "450300");

        var outcome = Decide(call, new SelectionRequest(p[0].Id, [p[1].Id], []), p);

        Assert.Equal([p[0], p[1]], outcome.Selected);
        Assert.Equal([p[2]], outcome.NotSelected);
        Assert.Equal((true, false), (p[0].ThemeCity, p[1].ThemeCity));
        Assert.Equal((ProposalStatus.NotSelected, CallStatus.Selected), (p[2].Status, call.Status));
        Assert.Equal(3, outcome.Events.Count);
        Assert.Throws<InvalidStateException>(() => Decide(call, new SelectionRequest(p[2].Id, [], []), p));
    }

    [Fact]
    public void GX_10_refuses_more_than_one_key_and_two_general_cities()
    {
        var (call, p) = SubmittedCall(Guangxi, "450100", "450200", "450300", "450400");

        var error = Assert.Throws<RuleViolationException>(() => Decide(call, new SelectionRequest(p[0].Id, [p[1].Id, p[2].Id, p[3].Id], []), p));

        Assert.Equal(("quota-full", "GX-10"), (error.ProblemType, error.RuleId));
        Assert.Equal(CallStatus.Open, call.Status);
    }

    [Fact]
    public void GX_10_needs_a_key_city()
    {
        var (call, p) = SubmittedCall(Guangxi, "450100");

        var error = Assert.Throws<RuleViolationException>(() => Decide(call, new SelectionRequest(null, [p[0].Id], []), p));

        Assert.Equal(("validation", "GX-10"), (error.ProblemType, error.RuleId));
        Assert.Equal(["key"], error.FieldErrors.Select(e => e.Key));
    }

    [Fact]
    public void GX_10_refuses_a_new_round_within_three_years_unless_an_extra_with_its_reason()
    {
        var (call, p) = SubmittedCall(Guangxi, "450100", "450200", "450300");
        var lastYears = new Dictionary<string, int?> { ["450100"] = 2023 };

        var error = Assert.Throws<RuleViolationException>(() => Decide(call, new SelectionRequest(p[0].Id, [p[1].Id], []), p, lastYears));
        var noReason = Assert.Throws<RuleViolationException>(() => Decide(call, new SelectionRequest(p[1].Id, [p[2].Id], [new ExtraChoice(p[0].Id, " ")]), p, lastYears));
        var outcome = Decide(call, new SelectionRequest(p[1].Id, [p[2].Id], [new ExtraChoice(p[0].Id, "重大紧急需求")]), p, lastYears);

        Assert.Equal(("cycle-not-due", "GX-10"), (error.ProblemType, error.RuleId));
        Assert.Equal(["extra[0].reason"], noReason.FieldErrors.Select(e => e.Key));
        Assert.Equal((SelectionTier.Extra, "重大紧急需求"), (p[0].SelectionTier, p[0].DecisionReason));
        Assert.Equal(3, outcome.Selected.Count);
    }

    [Fact]
    public void GX_10_an_unknown_choice_is_refused_by_the_loader_answer()
    {
        var (call, p) = SubmittedCall(Guangxi, "450100");

        Assert.Throws<KeyNotFoundException>(() => Decide(call, new SelectionRequest(Guid.NewGuid(), [p[0].Id], []), p));
    }

    [Fact]
    public void HB_15_knows_no_extra_consultation_outside_the_cycle()
    {
        var (call, p) = SubmittedCall(Hebei, "130100", "130200");

        var error = Assert.Throws<RuleViolationException>(() => Decide(call, new SelectionRequest(p[0].Id, [], [new ExtraChoice(p[1].Id, "急需")]), p));
        var cycle = Assert.Throws<RuleViolationException>(() =>
            Decide(call, new SelectionRequest(p[0].Id, [], []), p, new Dictionary<string, int?> { ["130100"] = 2021 }));

        Assert.Equal(("validation", "HB-15"), (error.ProblemType, error.RuleId));
        Assert.Equal(["extra[0]"], error.FieldErrors.Select(e => e.Key));
        Assert.Equal(("cycle-not-due", "HB-15"), (cycle.ProblemType, cycle.RuleId));
    }
}
