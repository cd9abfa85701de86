using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Proposals;

/// <summary>api.md POST /api/calls/{id}/selection: the year's key proposal, general ones and extras (GX-10).</summary>
public sealed record SelectionRequest
{
    [Required, Description("The key proposal; its city is the year's theme city.")]
    public Guid? Key { get; init; }

    [Required, Description("The general proposals selected (may be empty).")]
    public IReadOnlyList<Guid?>? General { get; init; }

    [Description("Extra consultations outside the three-year cycle, each with its reason.")]
    public IReadOnlyList<ExtraSelectionRequest?>? Extra { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Key is null || Key == Guid.Empty)
        {
            errors.Add("key", FieldMessages.Required);
        }

        if (General is null)
        {
            errors.Add("general", "Required (may be empty).");
        }
        else
        {
            for (var i = 0; i < General.Count; i++)
            {
                if (General[i] is null || General[i] == Guid.Empty)
                {
                    errors.Add($"general[{i}]", FieldMessages.Required);
                }
            }
        }

        for (var i = 0; i < (Extra?.Count ?? 0); i++)
        {
            if (Extra![i] is { } extra)
            {
                extra.Validate($"extra[{i}]", errors);
            }
            else
            {
                errors.Add($"extra[{i}]", FieldMessages.Required);
            }
        }

        RefuseRepeats(errors);
        return errors;
    }

    /// <summary>A proposal takes one place in a selection: named twice, the request is ambiguous, not a quota question.</summary>
    private void RefuseRepeats(FieldErrors errors)
    {
        var named = new[] { ("key", Key) }
            .Concat((General ?? []).Select((id, i) => ($"general[{i}]", id)))
            .Concat((Extra ?? []).Select((extra, i) => ($"extra[{i}].proposalId", extra?.ProposalId)));
        var seen = new HashSet<Guid>();
        foreach (var (path, id) in named)
        {
            if (id is { } value && value != Guid.Empty && !seen.Add(value))
            {
                errors.Add(path, "This proposal is already named in the selection.");
            }
        }
    }
}
