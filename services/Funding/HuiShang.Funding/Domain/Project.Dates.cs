using HuiShang.Policies;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain;

/// <summary>A step cannot be dated before the record it follows: approval not before registration, later steps and money not before approval.</summary>
public sealed partial class Project
{
    public DateOnly RegisteredOn() => PolicyCalendar.DateOf(RegisteredAt);

    public void EnsureApprovalDate(DateOnly approvedOn) => EnsureNotBefore("approvedOn", approvedOn, RegisteredOn(), "registered");

    /// <summary>A step or a disbursement: not before the approval (a termination of an applied project: not before its registration).</summary>
    public void EnsureStepDate(DateOnly on)
    {
        if (ApprovedOn is { } approvedOn)
        {
            EnsureNotBefore("on", on, approvedOn, "approved");
        }
        else
        {
            EnsureNotBefore("on", on, RegisteredOn(), "registered");
        }
    }

    private static void EnsureNotBefore(string field, DateOnly on, DateOnly earliest, string what)
    {
        if (on < earliest)
        {
            throw DomainValidationException.For(field, $"{on:yyyy-MM-dd} is before the project was {what} ({earliest:yyyy-MM-dd}).");
        }
    }
}
