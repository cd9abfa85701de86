using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Domain;

/// <summary>A step of whole-process management as requested: the target status, its date, and what the target needs.</summary>
public sealed record ProjectStep(ProjectStatus To, DateOnly On, AcceptanceMode AcceptanceMode, string? Reason);

/// <summary>What a termination gives back to (GX-18): the agreement's envelope and the project's disbursements.</summary>
public sealed record TerminationFunds(Envelope Envelope, IReadOnlyList<Disbursements.Disbursement> Entries)
{
    public decimal UpperArrived => Entries.Where(e => e is { Source: FundingSources.Upper, Kind: FundingSources.Arrived }).Sum(e => e.Amount);
}

/// <summary>XJ-3.3 / GY-9: implementation, mid-term check, acceptance or termination, one step at a time.</summary>
public sealed partial class Project
{
    /// <summary>
    /// The step's date is checked first (not before approval or registration), then the status the step
    /// needs. <paramref name="funds"/> is needed for a termination only.
    /// </summary>
    public IReadOnlyList<object> Advance(ProjectStep step, TerminationFunds? funds, PolicyCatalog policies, string by, DateTimeOffset now)
    {
        EnsureStepDate(step.On);
        return step.To switch
        {
            ProjectStatus.Implementation => StartImplementation(step.On, by, now),
            ProjectStatus.MidTermCheck => StartMidTermCheck(step.On, by, now),
            ProjectStatus.Accepted => Accept(step.AcceptanceMode, step.On, policies, by, now),
            ProjectStatus.Terminated => Terminate(step.Reason!, step.On, funds ?? throw new ArgumentNullException(nameof(funds)), by, now),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.To, "Not a step a project can be advanced to."),
        };
    }
}
