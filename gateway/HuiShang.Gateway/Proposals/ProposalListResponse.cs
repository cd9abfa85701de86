namespace HuiShang.Gateway.Proposals;

/// <summary>Summaries of the proposals the caller may see (tenancy-filtered by the service), oldest first, a page at a time.</summary>
public sealed record ProposalListResponse(IReadOnlyList<ProposalSummaryResponse> Items, string? NextCursor);

/// <summary>A proposal in a list: no topic texts (GET /api/proposals/{id} has them).</summary>
public sealed record ProposalSummaryResponse(
    string Id,
    string RegionCode,
    string JurisdictionCode,
    string Status,
    string Title,
    string CallId,
    DateOnly? PlannedMeetingOn,
    long Version,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? SubmittedAt,
    string SelectionTier,
    bool ThemeCity,
    int TopicCount,
    decimal RequestedTotal,
    string PolicyVersion);
