namespace HuiShang.Gateway.Agreements;

/// <summary>An immutable version of an agreement's text and items.</summary>
public sealed record AgreementVersionResponse(
    int Number,
    string Text,
    IReadOnlyList<AgreedItemResponse> Items,
    DateTimeOffset? CreatedAt,
    string? CreatedBy,
    string? CommentRoundId,
    string? AddressesReviewId,
    string? Note);

public sealed record AgreedItemResponse(
    string Title,
    string? Field,
    string? OwnerSide,
    string? LeadUnit,
    IReadOnlyList<string> CoUnits,
    string? ResponsiblePerson,
    DateOnly? DueOn);

/// <summary>Every version of an agreement, oldest first.</summary>
public sealed record VersionListResponse(IReadOnlyList<AgreementVersionResponse> Items);
