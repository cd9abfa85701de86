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

    public static Call Open(string jurisdictionCode, int year, CallWindow window, string policyVersion, string createdBy, DateTimeOffset now) => new()
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

    public void MarkSelected()
    {
        if (Status != CallStatus.Open)
        {
            throw new InvalidStateException($"The call of {Year} has already been decided.");
        }

        Status = CallStatus.Selected;
    }
}
