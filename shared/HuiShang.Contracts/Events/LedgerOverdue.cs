namespace HuiShang.Contracts.Events;

/// <summary>
/// GX-19: a quarter's progress ledger (台账) of a signed agreement is not filed by its due date (from the
/// profile). Raised once per agreement, quarter and escalation level: 0 the city bureau, 1 also the
/// coordinating division, 2 also the director (after the profile's escalation days each).
/// </summary>
public sealed record LedgerOverdue(
    Guid AgreementId,
    string RegionCode,
    string JurisdictionCode,
    int Year,
    int Quarter,
    DateOnly DueOn,
    int EscalationLevel,
    string RuleId,
    DateTimeOffset NoticedAt);
