using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>A proposal selected as an extra consultation despite the round cycle.</summary>
public sealed record ExtraSelectionRequest
{
    [Required]
    public Guid? ProposalId { get; init; }

    [Required, Description("The major, special or urgent need that justifies it (GX-10).")]
    public string? Reason { get; init; }
}
