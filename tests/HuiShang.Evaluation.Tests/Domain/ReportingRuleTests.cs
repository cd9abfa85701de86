using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Domain;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Evaluation.Tests.DomainRules.Plans;

namespace HuiShang.Evaluation.Tests.DomainRules;

/// <summary>GX-19 ledgers and annual reports, without a host: due dates from the profile, late, revisions, returns.</summary>
public sealed class ReportingRuleTests
{
    [Fact]
    public void GX_19_a_quarters_ledger_is_due_the_profiles_days_after_the_quarter_ends()
    {
        var plan = Nanning();

        var periods = plan.Periods(On(2025, 12, 31)).Where(p => p.Kind == FilingKinds.Ledger).ToList();

        // Signed 2025-03-20: Q1 is the first quarter; GX profile: 15 days after the quarter's last day.
        Assert.Equal([(2025, 1, On(2025, 4, 15)), (2025, 2, On(2025, 7, 15)), (2025, 3, On(2025, 10, 15)), (2025, 4, On(2026, 1, 15))],
            periods.Select(p => (p.Year, p.Quarter, p.DueOn!.Value)));
        Assert.Equal("GX-19", plan.Terms.ReportingRuleId);
    }

    [Fact]
    public void GX_19_the_annual_report_is_due_12_25()
    {
        var plan = Nanning();

        var report = Assert.Single(plan.Periods(On(2025, 12, 31)), p => p.Kind == FilingKinds.AnnualReport);

        Assert.Equal((2025, On(2025, 12, 25)), (report.Year, report.DueOn!.Value));
    }

    [Fact]
    public void GX_19_a_late_ledger_is_accepted_and_marked_late()
    {
        var plan = Nanning();

        var onTime = plan.FileOn(plan.Ledger(2025, 1), null, On(2025, 4, 15));
        var late = plan.FileOn(plan.Ledger(2025, 2), null, On(2025, 7, 16));

        Assert.False(onTime.Late);
        Assert.True(late.Late);
        Assert.Equal((On(2025, 7, 15), "GX-19"), (late.DueOn!.Value, late.RuleId));
    }

    [Fact]
    public void GX_19_a_second_filing_for_the_quarter_is_a_new_revision_and_must_name_the_latest()
    {
        var plan = Nanning();
        var first = plan.FileOn(plan.Ledger(2025, 1), null, On(2025, 4, 10));

        var blind = Assert.Throws<RuleViolationException>(() => plan.FileOn(plan.Ledger(2025, 1), first, On(2025, 4, 12)));
        Assert.Throws<ConcurrencyConflictException>(() => plan.FileOn(plan.Ledger(2025, 1, expectedRevision: 2), first, On(2025, 4, 12)));
        var second = plan.FileOn(plan.Ledger(2025, 1, expectedRevision: 1), first, On(2025, 4, 12));

        Assert.Equal(("precondition-required", "GX-19"), (blind.ProblemType, blind.RuleId));
        Assert.Equal((1, 2), (first.Revision, second.Revision));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void GX_19_a_ledger_has_an_entry_for_every_city_item_and_only_for_items_of_the_agreement()
    {
        var plan = Nanning();
        var empty = new FilingDraft(FilingKinds.Ledger, 2025, 1, 0, []);
        var stranger = new FilingDraft(FilingKinds.Ledger, 2025, 1, 0,
            [.. plan.Ledger(2025, 1).Entries, new FilingEntry(Guid.NewGuid(), "Done", "", null, "", [])]);

        var missing = Assert.Throws<RuleViolationException>(() => plan.FileOn(empty, null, On(2025, 4, 10)));
        var unknown = Assert.Throws<RuleViolationException>(() => plan.FileOn(stranger, null, On(2025, 4, 10)));

        Assert.Equal(("validation", "GX-19", "entries"), (missing.ProblemType, missing.RuleId, missing.FieldErrors.Single().Key));
        Assert.Equal("entries[1].itemId", unknown.FieldErrors.Single().Key);
    }

    [Fact]
    public void GX_19_a_ledger_is_for_a_quarter_from_the_signing_to_the_current_one()
    {
        var plan = Nanning();

        Assert.Throws<InvalidStateException>(() => plan.FileOn(plan.Ledger(2024, 4), null, On(2025, 4, 10)));
        Assert.Throws<InvalidStateException>(() => plan.FileOn(plan.Ledger(2025, 3), null, On(2025, 4, 10)));
        Assert.Equal(2, plan.FileOn(plan.Ledger(2025, 2), null, On(2025, 4, 10)).Quarter);
    }

    [Fact]
    public void GX_19_planning_returns_the_latest_revision_with_a_reason_and_the_city_files_again()
    {
        var plan = Nanning();
        var first = plan.FileOn(plan.AnnualReport(2025), null, On(2025, 12, 20));

        plan.Return(first, first, "资金到位情况未填写", By, At(2025, 12, 22));
        var second = plan.FileOn(plan.AnnualReport(2025, expectedRevision: 1), first, On(2025, 12, 24));

        Assert.Equal((true, "资金到位情况未填写"), (first.Returned, first.ReturnedReason));
        Assert.Throws<InvalidStateException>(() => plan.Return(first, second, "again", By, At(2025, 12, 24)));
        Assert.False(second.Late);
    }

    [Fact]
    public void GX_19_every_filing_and_decision_is_in_the_history()
    {
        var plan = Nanning();
        var ledger = plan.FileOn(plan.Ledger(2025, 1), null, On(2025, 4, 10));
        plan.Return(ledger, ledger, "补充附件", By, At(2025, 4, 11));

        Assert.Equal(["open", "file-ledger", "return-ledger"], plan.History.Select(h => h.Action));
        Assert.Equal(3, plan.Revision);
    }

    [Fact]
    public void HB_19_5_without_a_reporting_calendar_no_ledger_or_report_is_due()
    {
        var (plan, _) = Open(Hebei, "130100");

        Assert.Equal([FilingKinds.ImplementationPlan], plan.Periods(On(2026, 12, 31)).Select(p => p.Kind));
        Assert.Equal(("", "HB-21", "HB-19.5"), (plan.Terms.ReportingRuleId, plan.Terms.ImplementationRuleId, plan.Terms.PlanRuleId));
        // Filing one anyway is accepted: with no due date it is never late.
        Assert.False(plan.FileOn(plan.Ledger(2025, 2), null, On(2026, 1, 30)).Late);
    }

    [Fact]
    public void GX_19_the_implementation_plan_names_timetable_roadmap_and_responsible_people()
    {
        var plan = Nanning();
        var draft = new FilingDraft(FilingKinds.ImplementationPlan, 0, 0, 0, [], Timetable: "2025 Q2 立项", Roadmap: "示范线→推广", ResponsiblePeople: ["张三"]);

        var filing = plan.FileOn(draft, null, On(2025, 4, 1));

        Assert.Equal(("GX-19", 1, false), (filing.RuleId, filing.Revision, filing.Late));
        Assert.Equal(["张三"], filing.ResponsiblePeople);
    }
}
