namespace HuiShang.Policies.Sections;

/// <summary>
/// GX-19: progress ledger every quarter, annual report before a day of the year. LedgerDueDays: days
/// after a quarter's end by which its ledger is due (null: the ledger has no due date, nothing is
/// overdue); EscalationDays: days an overdue item stays with its owner before the coordinating
/// division is told, and as many again before the director is (null: no escalation).
/// </summary>
public sealed record Reporting(
    string RuleId,
    ReportingPeriod ProgressLedger,
    MonthDay AnnualReportDue,
    int? LedgerDueDays = null,
    int? EscalationDays = null) : IPolicySection, ISectionName
{
    public static string SectionName => "reporting";

    /// <summary>The ledger of a quarter (1..4) of a year is due this many days after the quarter's last day.</summary>
    public DateOnly? LedgerDueOn(int year, int quarter) =>
        LedgerDueDays is { } days ? new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1).AddDays(days) : null;
}
