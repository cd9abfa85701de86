using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>api.md POST /api/calls/{id}/selection: the year's key proposal, general ones and extras (GX-10).</summary>
public sealed record SelectionRequest
{
    [Description("The key proposal; its city is the year's theme city (the policy says how many key cities a year).")]
    public Guid? Key { get; init; }

    [Description("The general proposals selected.")]
    public IReadOnlyList<Guid?>? General { get; init; }

    [Description("Extra consultations outside the three-year cycle, each with its reason.")]
    public IReadOnlyList<ExtraSelectionRequest?>? Extra { get; init; }

    /// <summary>Null entries only (the wire has none); ids, repeats, quotas and reasons are the service's and the policy's.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.NoNullEntries("general", General);
        errors.NoNullEntries("extra", Extra);
        return errors;
    }
}
