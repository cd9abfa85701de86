namespace HuiShang.Contracts.Events;

/// <summary>GX-15: divisions asked for comments are still silent after the round's due date.</summary>
public sealed record CommentRoundOverdue(
    Guid AgreementId,
    Guid RoundId,
    string RegionCode,
    string JurisdictionCode,
    IReadOnlyList<string> LateDivisions,
    DateOnly DueOn,
    DateTimeOffset NoticedAt);
