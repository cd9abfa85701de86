using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Funding;

/// <summary>
/// api.md POST /api/projects: a joint project under a signed agreement of the caller's city. The
/// GX-18 cap, the district's city and the profile's matching ratio are the funding service's checks.
/// </summary>
public sealed record RegisterProjectRequest
{
    [Required, Description("The signed agreement the project belongs to.")]
    public Guid? AgreementId { get; init; }

    [Required]
    public string? Title { get; init; }

    [Required, Description("Technology field (GX-21 tracks unfinished projects per field).")]
    public string? Field { get; init; }

    [Description("A district of the agreement's city (XJ-4.2 category decides the city-level : district split); a district caller may omit its own.")]
    public string? DistrictCode { get; init; }

    [Required, Description("Upper (provincial/regional) support in yuan, > 0, at most two decimals.")]
    public decimal? UpperSupport { get; init; }

    [Required, Description("open-call (揭榜制), directed (定向制) or lump-sum (包干制).")]
    public string? Mode { get; init; }

    [Description("Lower-to-upper matching ratio offered (XJ-4.2 priority), e.g. 1.2; omitted: the profile's ratio.")]
    public decimal? OfferedMatchRatio { get; init; }

    /// <summary>The JSON vocabulary is the gateway's (Chinese names map to a wire value); every other field is the service's to check.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrWhiteSpace(Mode) && FundingVocabulary.Mode(Mode) is null)
        {
            errors.Add("mode", "open-call (揭榜制), directed (定向制) or lump-sum (包干制).");
        }

        return errors;
    }
}
