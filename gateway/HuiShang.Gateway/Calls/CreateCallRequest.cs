using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Calls;

/// <summary>api.md POST /api/calls: a call for proposals of a year (GX-10 window). The jurisdiction comes from the token.</summary>
public sealed record CreateCallRequest
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    [Required, Description("The consultation year.")]
    public int? Year { get; init; }

    [Description("First day of the intake window; omitted: the policy profile's window (GX-10: the first quarter).")]
    public DateOnly? OpensOn { get; init; }

    [Description("Last day of the intake window; omitted: the policy profile's window.")]
    public DateOnly? ClosesOn { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        switch (Year)
        {
            case null:
                errors.Add("year", "Required.");
                break;
            case < MinYear or > MaxYear:
                errors.Add("year", $"A year from {MinYear} to {MaxYear}.");
                break;
        }

        if (OpensOn is { } opens && ClosesOn is { } closes && closes < opens)
        {
            errors.Add("closesOn", "Must not be before opensOn.");
        }

        return errors;
    }
}
