using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/comment-rounds/{roundId}/resolutions: how each comment was taken up.</summary>
public sealed record ResolveCommentsRequest
{
    [Required]
    public IReadOnlyList<CommentResolutionRequest?>? Resolutions { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.NoNullEntries("resolutions", Resolutions);
        return errors;
    }
}

/// <summary>One comment's resolution: adopted, partly adopted or not adopted, with the reason.</summary>
public sealed record CommentResolutionRequest
{
    public static readonly IReadOnlyList<string> Values = ["adopted", "partly-adopted", "not-adopted"];

    [Required]
    public Guid? CommentId { get; init; }

    [Required, Description("adopted | partly-adopted | not-adopted")]
    public string? Resolution { get; init; }

    [Description("Why; required unless adopted.")]
    public string? Reason { get; init; }
}
