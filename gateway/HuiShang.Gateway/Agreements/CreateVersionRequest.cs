using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>
/// api.md POST /api/agreements/{id}/versions: the full content of a new immutable version (every
/// revision is a new version, GX-15). Sent with If-Match: the agreement's ETag (its current version).
/// </summary>
public sealed record CreateVersionRequest
{
    [Required, Description("The full text of the agreement in this version.")]
    public string? Text { get; init; }

    [Required, Description("The agreed items of this version (may be empty while drafting); titles are unique.")]
    public IReadOnlyList<AgreedItemRequest?>? Items { get; init; }

    [Description("The resolved comment round this version answers (GX-15 建议稿); completes the comment step.")]
    public Guid? CommentRoundId { get; init; }

    [Description("The director's return or the city leaders' objection this version addresses.")]
    public Guid? AddressesReviewId { get; init; }

    [Description("What changed, for the history.")]
    public string? Note { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("items", Items);
        errors.NoNullEntries("items", Items);
        for (var i = 0; i < (Items?.Count ?? 0); i++)
        {
            errors.NoNullEntries($"items[{i}].coUnits", Items![i]?.CoUnits);
        }

        return errors;
    }
}
