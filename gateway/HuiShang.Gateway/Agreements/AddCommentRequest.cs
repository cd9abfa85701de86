using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/comments: the caller's division's written comment on a round's version, or "no comment".</summary>
public sealed record AddCommentRequest
{
    [Required, Description("The comment round asked of the caller's division.")]
    public Guid? RoundId { get; init; }

    [Description("The written comment (required unless noComment).")]
    public string? Text { get; init; }

    [Description("true: the division has no comment (无意见); then text is omitted.")]
    public bool? NoComment { get; init; }

    public FieldErrors Validate() => new();
}
