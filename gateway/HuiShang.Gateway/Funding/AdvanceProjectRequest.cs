using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Funding;

/// <summary>api.md POST /api/projects/{id}/status: the next step of an approved project (XJ-3.3, GY-9).</summary>
public sealed record AdvanceProjectRequest
{
    [Required, Description("Implementation, MidTermCheck, Accepted (结题验收) or Terminated.")]
    public string? Status { get; init; }

    [Description("Accepted only: standard, review (审核验收) or self (自主验收) (GY-9); omitted: standard.")]
    public string? AcceptanceMode { get; init; }

    [Description("Why the project ends; required for Terminated.")]
    public string? Reason { get; init; }

    [Description("The date of the step (yyyy-MM-dd); omitted: today.")]
    public DateOnly? On { get; init; }

    /// <summary>The JSON vocabulary (any letter case) is the gateway's; dates and the reason are the service's to check.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (FundingVocabulary.Match(FundingVocabulary.Advances, Status) is null)
        {
            errors.Add("status", FieldMessages.OneOf(FundingVocabulary.Advances));
        }

        if (!string.IsNullOrWhiteSpace(AcceptanceMode) && FundingVocabulary.Match(FundingVocabulary.AcceptanceModes, AcceptanceMode) is null)
        {
            errors.Add("acceptanceMode", FieldMessages.OneOf(FundingVocabulary.AcceptanceModes));
        }

        return errors;
    }
}
