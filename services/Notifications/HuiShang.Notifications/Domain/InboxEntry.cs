namespace HuiShang.Notifications.Domain;

/// <summary>
/// One notification in the inbox of everyone holding <see cref="RecipientRole"/> in
/// <see cref="RecipientRegion"/>: addressed to a function, not a person, so a colleague who takes
/// over the role sees the history.
/// </summary>
public sealed class InboxEntry
{
    public Guid Id { get; init; }

    public required string RecipientRole { get; init; }

    public required string RecipientRegion { get; init; }

    /// <summary>
    /// "" for everyone holding the role; otherwise only that business division (province-division
    /// with this division claim), so a reminder reaches the divisions that were asked, not all of them.
    /// </summary>
    public string RecipientDivision { get; init; } = "";

    public required string Type { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>The record the entry is about, e.g. the proposal id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The region the subject belongs to (the submitting city).</summary>
    public required string RegionCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The integration event that produced the entry, for tracing it back.</summary>
    public Guid SourceMessageId { get; init; }
}
