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
        errors.Text("text", Text, AgreementLimits.Text, required: true);
        ValidateItems(errors);
        errors.Id("commentRoundId", CommentRoundId, required: false);
        errors.Id("addressesReviewId", AddressesReviewId, required: false);
        errors.Text("note", Note, AgreementLimits.Reason);
        return errors;
    }

    private void ValidateItems(FieldErrors errors)
    {
        if (Items is null)
        {
            errors.Add("items", "Required (may be empty).");
            return;
        }

        if (Items.Count > AgreementLimits.Items)
        {
            errors.Add("items", $"At most {AgreementLimits.Items} items.");
            return;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i] is { } item)
            {
                item.Validate($"items[{i}]", errors);
            }
            else
            {
                errors.Add($"items[{i}]", "Required.");
            }
        }

        // The service tells items apart by title (the diff pairs them by it).
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i]?.Title?.Trim() is { Length: > 0 } title && !titles.Add(title))
            {
                errors.Add($"items[{i}].title", "Another item has this title: items are told apart by title.");
            }
        }
    }
}
