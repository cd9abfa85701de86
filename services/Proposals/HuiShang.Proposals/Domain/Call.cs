using HuiShang.Policies;

namespace HuiShang.Proposals.Domain;

/// <summary>A call for proposals of one jurisdiction and year (GX-10: the intake window).</summary>
public sealed class Call
{
    private Call()
    {
    }

    public Guid Id { get; private set; }

    public string JurisdictionCode { get; private set; } = "";

    public int Year { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    /// <summary>The policy version that defaulted the window.</summary>
    public string PolicyVersion { get; private set; } = "";

    public CallStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>
    /// GX-10: a call whose omitted dates come from the window of the version in force on its opening date (Q1
    /// by default); a profile without a window (XJ-3.1) needs both dates, and the window cannot run backwards.
    /// </summary>
    public static Call Open(string jurisdictionCode, int year, DateOnly? opensOn, DateOnly? closesOn, PolicyCatalog policies, string createdBy, DateTimeOffset now)
    {
        var policy = policies.InForce(jurisdictionCode, opensOn ?? new DateOnly(year, 1, 1));
        var window = CallWindow.Resolve(policy, year, opensOn, closesOn);
        if (window is null)
        {
            throw new DomainValidationException("The call has invalid fields.", [new("opensOn", $"Policy {policy.Id} sets no intake window; give the call's dates.")]);
        }

        if (window.ClosesOn < window.OpensOn)
        {
            throw new DomainValidationException("The call has invalid fields.", [new("closesOn", "Must not be before opensOn.")]);
        }

        return Open(jurisdictionCode, year, window, policy.Id, createdBy, now);
    }

    private static Call Open(string jurisdictionCode, int year, CallWindow window, string policyVersion, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        JurisdictionCode = jurisdictionCode,
        Year = year,
        OpensOn = window.OpensOn,
        ClosesOn = window.ClosesOn,
        PolicyVersion = policyVersion,
        Status = CallStatus.Open,
        CreatedAt = now,
        CreatedBy = createdBy,
    };

    public bool IsOpenOn(DateOnly date) => date >= OpensOn && date <= ClosesOn;

    /// <summary>Submission and selection both need a call that is not decided yet.</summary>
    public void EnsureOpen()
    {
        if (Status != CallStatus.Open)
        {
            throw new InvalidStateException($"The call of {Year} has already been decided.");
        }
    }

    public void MarkSelected()
    {
        EnsureOpen();
        Status = CallStatus.Selected;
    }
}
