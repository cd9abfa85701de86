namespace HuiShang.Gateway.Funding;

/// <summary>A project's money per source (committed, arrived, spent, arrival rate) and every recorded disbursement.</summary>
public sealed record DisbursementsResponse(string ProjectId, IReadOnlyList<SourceSummaryResponse> Sources, IReadOnlyList<DisbursementResponse> Entries);

/// <summary>
/// <c>arrivalRate</c> = arrived / committed as a fraction (0.5 = half), null when nothing is
/// committed; <c>shortfall</c> when the share is not in by <c>dueOn</c>.
/// </summary>
public sealed record SourceSummaryResponse(
    string Source,
    decimal Committed,
    decimal Arrived,
    decimal Spent,
    decimal? ArrivalRate,
    DateOnly? DueOn,
    bool Shortfall);

public sealed record DisbursementResponse(
    string Id,
    string Source,
    string Kind,
    decimal Amount,
    DateOnly? On,
    string Note,
    string By,
    DateTimeOffset? At);
