using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Evaluation.Domain;

/// <summary>
/// The profile's reporting and implementation rules in force on the signing date, copied into the plan
/// when it opens (as Agreements copies its approval chain), so a later profile change does not move the
/// due dates of a running agreement. An empty rule id: the profile lacks that rule and it is not applied.
/// </summary>
public sealed record ReportingTerms(
    string PolicyVersion,
    string ReportingRuleId,
    int? LedgerDueDays,
    int? AnnualReportMonth,
    int? AnnualReportDay,
    int? EscalationDays,
    string ImplementationRuleId,
    string PlanRuleId)
{
    public static readonly ReportingTerms None = new("", "", null, null, null, null, "", "");

    public bool HasReporting => ReportingRuleId.Length > 0;

    public bool HasImplementation => ImplementationRuleId.Length > 0;

    public static ReportingTerms From(PolicyVersion policy)
    {
        var reporting = policy.Find<Reporting>();
        var implementation = policy.Find<Implementation>();
        return new ReportingTerms(
            policy.Id,
            reporting?.RuleId ?? "",
            reporting?.LedgerDueDays,
            reporting?.AnnualReportDue.Month,
            reporting?.AnnualReportDue.Day,
            reporting?.EscalationDays,
            implementation?.RuleId ?? "",
            implementation?.PlanRuleId ?? "");
    }

    /// <summary>GX-19: a quarter's ledger is due the profile's days after the quarter's last day; null without that rule.</summary>
    public DateOnly? LedgerDueOn(int year, int quarter) =>
        HasReporting && LedgerDueDays is { } days ? Quarters.LastDay(year, quarter).AddDays(days) : null;

    /// <summary>GX-19: the year's report is due on the profile's day (12-25); null without that rule.</summary>
    public DateOnly? AnnualReportDueOn(int year) =>
        HasReporting && AnnualReportMonth is { } month && AnnualReportDay is { } day ? new MonthDay(month, day).InYear(year) : null;

    /// <summary>
    /// 0 with the owner, 1 the coordinating division too, 2 the director too: one step per
    /// <see cref="EscalationDays"/> past the due date (none without that rule).
    /// </summary>
    public int EscalationLevel(DateOnly dueOn, DateOnly today)
    {
        var late = today.DayNumber - dueOn.DayNumber;
        return EscalationDays is { } days && late > 0 ? Math.Min(2, (late - 1) / days) : 0;
    }
}
