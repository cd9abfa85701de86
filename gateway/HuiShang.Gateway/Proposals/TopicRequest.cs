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
}
