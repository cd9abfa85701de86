namespace HuiShang.Policies.Sections;

/// <summary>GX-19: progress ledger every quarter, annual report before a day of the year.</summary>
public sealed record Reporting(string RuleId, ReportingPeriod ProgressLedger, MonthDay AnnualReportDue) : IPolicySection, ISectionName
{
    public static string SectionName => "reporting";
}
