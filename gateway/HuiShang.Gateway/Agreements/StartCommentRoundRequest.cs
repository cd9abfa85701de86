using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/comment-rounds: GX-15 / HB-16(二) 会签 — divisions comment in parallel by a due date.</summary>
public sealed record StartCommentRoundRequest
{
    [Required, Description("Division codes as in the division claim, e.g. high-tech.")]
    public IReadOnlyList<string?>? Divisions { get; init; }

    [Required, Description("The day written comments are due, yyyy-MM-dd.")]
    public DateOnly? DueOn { get; init; }

    [Description("The version to comment on; omitted: the current version.")]
    public int? Version { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.NoNullEntries("divisions", Divisions);
        errors.Version("version", Version);
        return errors;
    }
}
