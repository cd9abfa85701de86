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
        if (Resolutions is null or { Count: 0 })
        {
            errors.Add("resolutions", "At least one resolution is required.");
            return errors;
        }

        if (Resolutions.Count > AgreementLimits.Items)
        {
            errors.Add("resolutions", $"At most {AgreementLimits.Items} resolutions.");
            return errors;
        }

        for (var i = 0; i < Resolutions.Count; i++)
        {
            if (Resolutions[i] is { } resolution)
            {
                resolution.Validate($"resolutions[{i}]", errors);
            }
            else
            {
                errors.Add($"resolutions[{i}]", "Required.");
            }
        }

        if (Resolutions.OfType<CommentResolutionRequest>().Where(r => r.CommentId is not null).GroupBy(r => r.CommentId).Any(g => g.Count() > 1))
        {
            errors.Add("resolutions", "Each comment at most once.");
        }

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

    public void Validate(string path, FieldErrors errors)
    {
        errors.Id($"{path}.commentId", CommentId, required: true);
        errors.OneOf($"{path}.resolution", Resolution, Values);
        errors.Text($"{path}.reason", Reason, AgreementLimits.Reason, required: Resolution is not "adopted");
    }
}
