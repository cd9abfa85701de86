using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Domain;
using static HuiShang.Evaluation.Tests.DomainRules.Plans;

namespace HuiShang.Evaluation.Tests.DomainRules;

/// <summary>Overdue ledgers, reports and items: raised once per period and level, escalated after the profile's days, cleared by filing.</summary>
public sealed class OverdueRuleTests
{
    [Fact]
    public void GX_19_an_unfiled_ledger_is_raised_once_the_day_after_its_due_date()
    {
        var plan = Nanning();

        Assert.Empty(plan.ScanOn(On(2025, 4, 15)));
        var raised = Assert.IsType<LedgerOverdue>(Assert.Single(plan.ScanOn(On(2025, 4, 16))));
        Assert.Empty(plan.ScanOn(On(2025, 4, 17)));

        Assert.Equal((2025, 1, On(2025, 4, 15), 0, "GX-19"), (raised.Year, raised.Quarter, raised.DueOn, raised.EscalationLevel, raised.RuleId));
    }

    [Fact]
    public void GX_19_an_overdue_ledger_escalates_to_planning_then_the_director_after_the_profiles_days()
    {
        var plan = Nanning();
        plan.ScanOn(On(2025, 4, 16));

        // GX profile: 10 escalation days. Day 10 late stays with the city; day 11 planning; day 21 the director.
        Assert.Empty(plan.ScanOn(On(2025, 4, 25)));
        var planning = Assert.IsType<LedgerOverdue>(Assert.Single(plan.ScanOn(On(2025, 4, 26))));
        Assert.Empty(plan.ScanOn(On(2025, 5, 5)));
        var director = Assert.IsType<LedgerOverdue>(Assert.Single(plan.ScanOn(On(2025, 5, 6))));
        Assert.Empty(plan.ScanOn(On(2025, 6, 30)));

        Assert.Equal((1, 2), (planning.EscalationLevel, director.EscalationLevel));
    }

    [Fact]
    public void GX_19_filing_clears_the_overdue_ledger_and_stops_its_escalation()
    {
        var plan = Nanning();
        plan.ScanOn(On(2025, 4, 20));

        var late = plan.FileOn(plan.Ledger(2025, 1), null, On(2025, 4, 22));

        Assert.True(late.Late);
        Assert.False(plan.FindNotice(late.PeriodKey)!.IsOpen);
        Assert.Empty(plan.ScanOn(On(2025, 5, 30), late.PeriodKey));
        Assert.Equal("file-ledger", plan.History[^1].Action);
        Assert.Contains("overdue cleared", plan.History[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void GX_19_an_unfiled_annual_report_is_raised_after_12_25()
    {
        var plan = Nanning();
        string[] ledgers = ["ledger:2025-Q1", "ledger:2025-Q2", "ledger:2025-Q3"];

        Assert.Empty(plan.ScanOn(On(2025, 12, 25), ledgers));
        var report = Assert.IsType<AnnualReportOverdue>(Assert.Single(plan.ScanOn(On(2025, 12, 26), ledgers)));

        Assert.Equal((2025, On(2025, 12, 25), "GX-19"), (report.Year, report.DueOn, report.RuleId));
    }

    [Fact]
    public void GX_18_an_item_not_done_by_its_due_date_is_raised_for_its_owner_once()
    {
        var plan = Nanning();
        string[] filed = ["ledger:2025-Q1", "ledger:2025-Q2", "ledger:2025-Q3", "ledger:2025-Q4", "annual-report:2025"];

        var item = Assert.IsType<ObligationOverdue>(Assert.Single(plan.ScanOn(On(2026, 1, 1), filed)));

        Assert.Equal((plan.CityItem().Id, "city", "GX-18", On(2025, 12, 31)), (item.ItemId, item.OwnerSide, item.RuleId, item.DueOn));
        Assert.Empty(plan.ScanOn(On(2026, 1, 2), filed));
    }

    [Fact]
    public void GX_18_an_item_marked_done_is_not_overdue_and_its_notice_is_cleared()
    {
        var plan = Nanning();
        plan.ScanOn(On(2026, 1, 1));

        plan.MarkDone(plan.CityItem().Id, "验收报告 南科验〔2026〕1号", ItemOwner.City, By, At(2026, 1, 5));

        Assert.False(plan.CityItem().IsOverdue(On(2026, 1, 5)));
        Assert.False(plan.FindNotice(PeriodKeys.OfItem(plan.CityItem().Id))!.IsOpen);
    }

    [Fact]
    public void HB_21_without_a_reporting_calendar_only_items_past_their_due_date_are_raised()
    {
        var (plan, _) = Open(Hebei, "130100");

        var notices = plan.ScanOn(On(2026, 1, 20));

        var item = Assert.IsType<ObligationOverdue>(Assert.Single(notices));
        Assert.Equal(("HB-21", 0), (item.RuleId, item.EscalationLevel));
        // HB sets no escalation days: the notice stays with the owner.
        Assert.Empty(plan.ScanOn(On(2026, 6, 1)));
    }

    [Fact]
    public void XJ_5_3_items_are_followed_by_inspection_with_no_ledger_due()
    {
        var (plan, _) = Open(Xinjiang, "650100", new DateOnly(2025, 3, 20));

        var item = Assert.IsType<ObligationOverdue>(Assert.Single(plan.ScanOn(On(2026, 1, 2))));

        Assert.Equal("XJ-5.3", item.RuleId);
        Assert.Equal([FilingKinds.ImplementationPlan], plan.Periods(On(2026, 1, 2)).Select(p => p.Kind));
    }
}
