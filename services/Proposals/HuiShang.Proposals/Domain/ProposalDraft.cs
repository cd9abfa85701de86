namespace HuiShang.Proposals.Domain;

/// <summary>The content of a draft as the city bureau wrote it, already checked for form.</summary>
public sealed record ProposalDraft(
    string Title,
    string CallId,
    DateOnly PlannedMeetingOn,
    DateOnly? CityMeetingOn,
    string? PreviousRoundSummary,
    string? UrgentReason,
    IReadOnlyList<Topic> Topics,
    ProposalFigures Figures);
