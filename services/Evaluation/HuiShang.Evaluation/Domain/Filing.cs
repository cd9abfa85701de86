using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Evaluation.Domain;

/// <summary>
/// One revision of a filing for one period (GX-19): the implementation plan, a quarter's ledger or a
/// year's report. Immutable once filed, apart from being returned for revision; a re-filing is a new
/// row with the next revision, so every earlier one is kept.
/// </summary>
public sealed class Filing
{
    private readonly List<FilingEntry> _entries = [];

    private Filing()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public string Kind { get; private set; } = "";

    /// <summary>0 for the implementation plan.</summary>
    public int Year { get; private set; }

    /// <summary>1..4 for a ledger, 0 otherwise.</summary>
    public int Quarter { get; private set; }

    public int Revision { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public string RuleId { get; private set; } = "";

    public DateTimeOffset FiledAt { get; private set; }

    public string FiledBy { get; private set; } = "";

    /// <summary>Filed after its due date: accepted, and marked (GX-19).</summary>
    public bool Late { get; private set; }

    public bool Returned { get; private set; }

    public string ReturnedReason { get; private set; } = "";

    public string? ReturnedBy { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string Summary { get; private set; } = "";

    public string Timetable { get; private set; } = "";

    public string Roadmap { get; private set; } = "";

    public List<string> ResponsiblePeople { get; private set; } = [];

    public IReadOnlyList<FilingEntry> Entries => _entries;

    public string PeriodKey => PeriodKeys.Of(Kind, Year, Quarter);

    internal static Filing Create(Guid planId, FilingDraft draft, int revision, DateOnly? dueOn, string ruleId, string by, DateOnly today, DateTimeOffset now)
    {
        var filing = new Filing
        {
            Id = Guid.CreateVersion7(now),
            PlanId = planId,
            Kind = draft.Kind,
            Year = draft.Year,
            Quarter = draft.Quarter,
            Revision = revision,
            DueOn = dueOn,
            RuleId = ruleId,
            FiledAt = now,
            FiledBy = by,
            Late = dueOn is { } due && today > due,
            Summary = draft.Summary,
            Timetable = draft.Timetable,
            Roadmap = draft.Roadmap,
            ResponsiblePeople = (draft.ResponsiblePeople ?? []).ToList(),
        };
        filing._entries.AddRange(draft.Entries);
        return filing;
    }

    internal void ReturnForRevision(string reason, string by, DateTimeOffset now)
    {
        if (Returned)
        {
            throw new InvalidStateException($"Revision {Revision} was already returned on {ReturnedAt:yyyy-MM-dd}.");
        }

        Returned = true;
        ReturnedReason = reason;
        ReturnedBy = by;
        ReturnedAt = now;
    }
}
