namespace HuiShang.Gateway.Proposals;

/// <summary>A proposal as the portal sees it; <c>version</c> is also the ETag.</summary>
public sealed record ProposalResponse(
    string Id,
    string RegionCode,
    string JurisdictionCode,
    string Status,
    string Title,
    string CallId,
    DateOnly? PlannedMeetingOn,
    DateOnly? CityMeetingOn,
    string PreviousRoundSummary,
    string UrgentReason,
    IReadOnlyList<TopicResponse> Topics,
    long Version,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? SubmittedAt,
    string CreatedBy,
    string SelectionTier,
    bool ThemeCity,
    string DecisionReason,
    string PolicyVersion,
    FiguresResponse? Figures);
