using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>api.md POST /api/agreements/{id}/comment-rounds/{roundId}/close: GX-15 go on without the divisions silent after the due date.</summary>
public sealed record CloseCommentRoundRequest
{
    [Required, Description("Why the procedure goes on without the divisions that did not answer (at most 4000 characters).")]
    public string? Reason { get; init; }

    public FieldErrors Validate() => new();
}
