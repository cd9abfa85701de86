namespace HuiShang.Contracts.Events;

/// <summary>
/// GX-18 / HB-21: an agreed item (议定事项) is not done by its due date. OwnerSide is "city" or
/// "province"; Division is the business division the planning division assigned a province item to
/// (GX-19 任务分工), "" when none. Raised once per item and escalation level.
/// </summary>
public sealed record ObligationOverdue(
    Guid AgreementId,
    Guid ItemId,
    string RegionCode,
    string JurisdictionCode,
    string Title,
    string OwnerSide,
    string Division,
    DateOnly DueOn,
    int EscalationLevel,
    string RuleId,
    DateTimeOffset NoticedAt);
