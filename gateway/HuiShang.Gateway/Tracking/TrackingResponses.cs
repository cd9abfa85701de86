namespace HuiShang.Gateway.Tracking;

/// <summary>
/// GET /api/agreements/{id}/tracking: per item and side due, done, overdue; per period (implementation
/// plan, ledgers, annual reports) due, filed, late, overdue; and a summary for the department's leaders (GX-19).
/// </summary>
public sealed record TrackingResponse(
    string AgreementId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    DateOnly? SignedOn,
    string Status,
    DateOnly? FulfilledOn,
    string PolicyVersion,
    string? ReportingRuleId,
    TrackingSummaryResponse Summary,
    IReadOnlyList<ObligationResponse> Items,
    IReadOnlyList<PeriodResponse> Periods,
    long Revision);

public sealed record TrackingSummaryResponse(
    int ItemCount, int CompletedCount, int DoneCount, int OverdueItemCount, int OverdueFilingCount, int LateFilingCount, int CityItemCount, int ProvinceItemCount);

/// <summary>status: Open, Done (awaiting acceptance), Completed. escalationLevel: 0 owner, 1 planning, 2 director.</summary>
public sealed record ObligationResponse(
    string Id,
    int Position,
    string Title,
    string Field,
    string OwnerSide,
    string LeadUnit,
    IReadOnlyList<string> CoUnits,
    string ResponsiblePerson,
    DateOnly? DueOn,
    string? Division,
    string Status,
    bool Overdue,
    int EscalationLevel,
    string? Evidence,
    DateTimeOffset? DoneAt,
    DateTimeOffset? AcceptedAt,
    string? ReturnedReason);

/// <summary>kind: implementation-plan, ledger, annual-report. state: NotDue, Due, Overdue, Filed, Late, Returned.</summary>
public sealed record PeriodResponse(
    string Kind, int? Year, int? Quarter, DateOnly? DueOn, string State, int LatestRevision, DateTimeOffset? FiledAt, int EscalationLevel, bool Cleared);

/// <summary>GET /api/tracking: the province-wide overview for the coordinating division.</summary>
public sealed record TrackingOverviewListResponse(IReadOnlyList<TrackingOverviewResponse> Items, string? NextCursor);

public sealed record TrackingOverviewResponse(
    string AgreementId, string RegionCode, string Tier, int Year, DateOnly? SignedOn, string Status, int ItemCount, int CompletedCount, int OverdueCount);

/// <summary>One revision of a filing; ETag = revision (send it as If-Match to file the next one).</summary>
public sealed record FilingResponse(
    string Id,
    string AgreementId,
    string Kind,
    int? Year,
    int? Quarter,
    int Revision,
    DateOnly? DueOn,
    string? RuleId,
    DateTimeOffset? FiledAt,
    string FiledBy,
    bool Late,
    string Status,
    string? ReturnedReason,
    string? ReturnedBy,
    DateTimeOffset? ReturnedAt,
    string? Summary,
    string? Timetable,
    string? Roadmap,
    IReadOnlyList<string> ResponsiblePeople,
    IReadOnlyList<FilingEntryResponse> Entries);

public sealed record FilingEntryResponse(string ItemId, string Status, string? Progress, decimal? MoneyArrived, string? Milestone, IReadOnlyList<string> Attachments);

public sealed record FilingListResponse(IReadOnlyList<FilingSummaryResponse> Items, string? NextCursor);

public sealed record FilingSummaryResponse(string Id, string Kind, int? Year, int? Quarter, int Revision, DateTimeOffset? FiledAt, string FiledBy, bool Late, string Status);
