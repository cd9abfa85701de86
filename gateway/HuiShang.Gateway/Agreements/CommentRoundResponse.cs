namespace HuiShang.Gateway.Agreements;

/// <summary>
/// A 会签 round (GX-15): the divisions asked, their comments, who is pending or late; status Open | Answered | Resolved.
/// Closed after its due date: closedAt/closedBy/closeReason and the divisions that never answered (null / empty otherwise).
/// </summary>
public sealed record CommentRoundResponse(
    string Id,
    int Version,
    IReadOnlyList<string> Divisions,
    DateOnly? DueOn,
    DateTimeOffset? StartedAt,
    string? StartedBy,
    IReadOnlyList<CommentResponse> Comments,
    IReadOnlyList<string> PendingDivisions,
    IReadOnlyList<string> LateDivisions,
    string Status,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? CloseReason,
    IReadOnlyList<string> UnansweredDivisions);

/// <summary>A division's written comment; resolution null while pending, else adopted | partly-adopted | not-adopted.</summary>
public sealed record CommentResponse(
    string Id,
    string Division,
    string? Text,
    bool NoComment,
    string? By,
    DateTimeOffset? At,
    string? Resolution,
    string? ResolutionReason);
