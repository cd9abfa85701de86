namespace HuiShang.Funding.Domain.Disbursements;

/// <summary>Money of one source that arrived (到位) or was spent, as recorded by its holder; append-only.</summary>
public sealed class Disbursement
{
    private Disbursement()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Source { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateOnly On { get; private set; }

    public string? Note { get; private set; }

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public static Disbursement Record(Guid projectId, DisbursementDraft draft, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        Source = draft.Source,
        Kind = draft.Kind,
        Amount = draft.Amount,
        On = draft.On,
        Note = draft.Note,
        By = by,
        At = now,
    };
}
