using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace HuiShang.Gateway.Calls;

/// <summary>api.md POST /api/calls: a call for proposals of a year (GX-10 window). The jurisdiction comes from the token.</summary>
public sealed record CreateCallRequest
{
    [Required, Description("The consultation year.")]
    public int? Year { get; init; }

    [Description("First day of the intake window; omitted: the policy profile's window (GX-10: the first quarter).")]
    public DateOnly? OpensOn { get; init; }

    [Description("Last day of the intake window; omitted: the policy profile's window.")]
    public DateOnly? ClosesOn { get; init; }

    /// <summary>The wire's year 0 cannot say "missing"; the range and the window are the service's.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.Present("year", Year);
        return errors;
    }
}
