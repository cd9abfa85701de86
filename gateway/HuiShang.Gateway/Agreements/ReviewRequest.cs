using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Agreements;

/// <summary>A review of a version: approve, or refuse it with reasons (a director's return, a city leaders' objection).</summary>
public abstract record ReviewRequest
{
    public const string Approve = "approve";

    [Required, Description("Director: approve | return. City leaders: approve | object.")]
    public string? Decision { get; init; }

    [Description("The meeting's decisions or the objections; required unless approving.")]
    public IReadOnlyList<string?>? Reasons { get; init; }

    [Description("The version reviewed; omitted: the current version. A superseded version is refused.")]
    public int? Version { get; init; }

    protected abstract IReadOnlyList<string> Decisions { get; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.NoNullEntries("reasons", Reasons);
        errors.Version("version", Version);
        return errors;
    }
}

/// <summary>api.md POST /api/agreements/{id}/director-review: GX-16 / HB-16(二) the director's office meeting.</summary>
public sealed record DirectorReviewRequest : ReviewRequest
{
    private static readonly IReadOnlyList<string> Allowed = [Approve, "return"];

    protected override IReadOnlyList<string> Decisions => Allowed;
}

/// <summary>api.md POST /api/agreements/{id}/city-review: HB-16(二) city leaders approve or object (drafting starts again).</summary>
public sealed record CityReviewRequest : ReviewRequest
{
    private static readonly IReadOnlyList<string> Allowed = [Approve, "object"];

    protected override IReadOnlyList<string> Decisions => Allowed;
}
