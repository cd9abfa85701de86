using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>api.md POST /api/proposals/{id}/return: the coordinating division sends a proposal back for revision.</summary>
public sealed record ReturnProposalRequest
{
    [Required, Description("Why the proposal goes back to the city; shown to the city bureau.")]
    public string? Reason { get; init; }

    public FieldErrors Validate() => new();
}
