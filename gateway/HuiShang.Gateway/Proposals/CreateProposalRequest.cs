using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>A city bureau's draft proposal (api.md POST /api/proposals): its content and the call it answers.</summary>
public sealed record CreateProposalRequest : ProposalContent
{
    [Required, Description("The call for proposals this answers.")]
    public string? CallId { get; init; }
}
