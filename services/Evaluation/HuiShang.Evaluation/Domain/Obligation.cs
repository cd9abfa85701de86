using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Evaluation.Domain;

/// <summary>
/// An agreed item (议定事项) as an obligation of one side (GX-18): who carries it out, by when, and how far
/// it got. A province item is assigned to a business division by the coordinating division (GX-19 任务分工);
/// the owner marks it done with evidence, the coordinating division accepts it (then it is completed).
/// </summary>
public sealed class Obligation
{
    private Obligation()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; } = "";

    public string Field { get; private set; } = "";

    /// <summary>"city" | "province".</summary>
    public string OwnerSide { get; private set; } = "";

    public string LeadUnit { get; private set; } = "";

    public List<string> CoUnits { get; private set; } = [];

    public string ResponsiblePerson { get; private set; } = "";

    public DateOnly? DueOn { get; private set; }

    /// <summary>GX-19 任务分工: the business division that owns a province item; "" until assigned.</summary>
    public string Division { get; private set; } = "";

    public ObligationStatus Status { get; private set; }

    public string Evidence { get; private set; } = "";

    public string? DoneBy { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? AcceptedBy { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>Why the coordinating division sent a done item back; "" otherwise.</summary>
    public string ReturnedReason { get; private set; } = "";

    public bool IsCityItem => OwnerSide == Sides.City;

    public bool IsUnfinished => Status != ObligationStatus.Completed;

    /// <summary>Past its due date and not yet done by its owner.</summary>
    public bool IsOverdue(DateOnly today) => Status == ObligationStatus.Open && DueOn is { } due && today > due;

    internal static Obligation Create(Guid planId, int position, Contracts.Events.AgreedItemTerms terms, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PlanId = planId,
        Position = position,
        Title = terms.Title,
        Field = terms.Field ?? "",
        OwnerSide = terms.OwnerSide,
        LeadUnit = terms.LeadUnit ?? "",
        CoUnits = (terms.CoUnits ?? []).ToList(),
        ResponsiblePerson = terms.ResponsiblePerson ?? "",
        DueOn = terms.DueOn,
        Status = ObligationStatus.Open,
    };

    internal void AssignTo(string division)
    {
        if (OwnerSide != Sides.Province)
        {
            throw new InvalidStateException($"Item '{Title}' is the city's: only province items are split among divisions (GX-19).");
        }

        Division = division;
    }

    internal void MarkDone(string evidence, string by, DateTimeOffset now)
    {
        if (Status != ObligationStatus.Open)
        {
            throw new InvalidStateException($"Item '{Title}' is {Status}: only an open item can be marked done.");
        }

        Status = ObligationStatus.Done;
        Evidence = evidence;
        DoneBy = by;
        DoneAt = now;
        ReturnedReason = "";
    }

    internal void Accept(string by, DateTimeOffset now)
    {
        RequireDone("accepted");
        Status = ObligationStatus.Completed;
        AcceptedBy = by;
        AcceptedAt = now;
    }

    internal void SendBack(string reason)
    {
        RequireDone("sent back");
        Status = ObligationStatus.Open;
        ReturnedReason = reason;
    }

    private void RequireDone(string what)
    {
        if (Status != ObligationStatus.Done)
        {
            throw new InvalidStateException($"Item '{Title}' is {Status}: only an item its owner marked done can be {what}.");
        }
    }
}
