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

    public void Validate(string path, FieldErrors errors)
    {
        if (ProposalId is null || ProposalId == Guid.Empty)
        {
            errors.Add($"{path}.proposalId", FieldMessages.Required);
        }

        errors.Present($"{path}.reason", Reason);
    }
}
