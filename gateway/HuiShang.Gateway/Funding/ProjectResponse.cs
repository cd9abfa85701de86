namespace HuiShang.Gateway.Funding;

/// <summary>
/// A joint project as the portal sees it; <c>version</c> is also the ETag. Status: Applied,
/// Approved, Implementation, MidTermCheck, Accepted or Terminated; <c>unfinished</c> until
/// accepted or terminated (GX-21).
/// </summary>
public sealed record ProjectResponse(
    string Id,
    string AgreementId,
    string RegionCode,
    string DistrictCode,
    string JurisdictionCode,
    string Title,
    string Field,
    string Mode,
    decimal UpperSupport,
    decimal? OfferedMatchRatio,
    string Status,
    bool Unfinished,
    long Version,
    DateTimeOffset? RegisteredAt,
    string RegisteredBy,
    DateOnly? ApprovedOn,
    DateOnly? ClosedOn,
    string ClosingNote,
    string PolicyVersion);

/// <summary>Projects the caller may see (tenancy-filtered by the service).</summary>
public sealed record ProjectListResponse(IReadOnlyList<ProjectResponse> Items, string? NextCursor);
