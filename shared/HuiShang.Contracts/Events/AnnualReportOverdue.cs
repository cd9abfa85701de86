namespace HuiShang.Contracts.Events;

/// <summary>
/// GX-19: the year's implementation report (会商任务落实年度工作情况) is not filed by the profile's day
/// (12-25). Raised once per agreement, year and escalation level, as <see cref="LedgerOverdue"/>.
/// </summary>
public sealed record AnnualReportOverdue(
    Guid AgreementId,
    string RegionCode,
    string JurisdictionCode,
    int Year,
    DateOnly DueOn,
    int EscalationLevel,
    string RuleId,
    DateTimeOffset NoticedAt);
