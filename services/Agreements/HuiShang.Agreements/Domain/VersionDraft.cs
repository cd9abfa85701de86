namespace HuiShang.Agreements.Domain;

/// <summary>A validated request for a new version: text, items and what it answers.</summary>
public sealed record VersionDraft(
    string Text, IReadOnlyList<AgreedItem> Items, Guid? CommentRoundId = null, Guid? AddressesReviewId = null, string? Note = null);
