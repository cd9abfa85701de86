using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>One consultation topic (议题) of a proposal.</summary>
public sealed record TopicRequest
{
    [Required]
    public string? Title { get; init; }

    [Required, Description("Topic category (GX-7..9).")]
    public string? Category { get; init; }

    [Required, Description("Technology field; GX-21 blocks fields with unfinished projects.")]
    public string? Field { get; init; }

    public string? PriorWork { get; init; }

    public string? Alignment { get; init; }

    public string? NextSteps { get; init; }

    [Required, Description("Requested upper support in yuan, at most two decimals.")]
    public decimal? RequestedSupport { get; init; }

    public void Validate(string path, FieldErrors errors)
    {
        errors.Required($"{path}.title", Title);
        errors.Required($"{path}.category", Category);
        errors.Required($"{path}.field", Field);
        switch (RequestedSupport)
        {
            case null:
                errors.Add($"{path}.requestedSupport", "Required.");
                break;
            case < 0:
                errors.Add($"{path}.requestedSupport", "Must not be negative.");
                break;
            case { } amount when decimal.Round(amount, 2) != amount:
                errors.Add($"{path}.requestedSupport", "At most two decimals (fen).");
                break;
        }
    }
}
