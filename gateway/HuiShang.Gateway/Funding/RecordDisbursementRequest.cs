using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Funding;

/// <summary>api.md POST /api/projects/{id}/disbursements: funds of one source arrived (到位) or spent.</summary>
public sealed record RecordDisbursementRequest
{
    [Required, Description("upper, city-level or district.")]
    public string? Source { get; init; }

    [Required, Description("arrived (到位) or spent.")]
    public string? Kind { get; init; }

    [Required, Description("Yuan, > 0, at most two decimals.")]
    public decimal? Amount { get; init; }

    [Description("When (yyyy-MM-dd); omitted: today.")]
    public DateOnly? On { get; init; }

    public string? Note { get; init; }

    /// <summary>The JSON vocabulary (any letter case) is the gateway's; the amount and date are the service's to check.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (FundingVocabulary.Match(FundingVocabulary.Sources, Source) is null)
        {
            errors.Add("source", FieldMessages.OneOf(FundingVocabulary.Sources));
        }

        if (FundingVocabulary.Match(FundingVocabulary.Kinds, Kind) is null)
        {
            errors.Add("kind", FieldMessages.OneOf(FundingVocabulary.Kinds));
        }

        return errors;
    }
}
