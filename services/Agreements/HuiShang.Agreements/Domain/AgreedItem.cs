namespace HuiShang.Agreements.Domain;

/// <summary>
/// An agreed item (议定事项, GX-18/GX-19) of one version: who carries it out, the responsible units and
/// person, and by when. A class, not a record: EF tracks owned entities by identity.
/// </summary>
public sealed class AgreedItem(
    string title, string field, string ownerSide, string leadUnit, List<string> coUnits, string responsiblePerson, DateOnly? dueOn)
{
    /// <summary>Order within the version (EF does not keep the order of owned rows).</summary>
    public int Position { get; internal set; }

    public string Title { get; private set; } = title;

    public string Field { get; private set; } = field;

    /// <summary>"province" | "city".</summary>
    public string OwnerSide { get; private set; } = ownerSide;

    public string LeadUnit { get; private set; } = leadUnit;

    public List<string> CoUnits { get; private set; } = coUnits;

    public string ResponsiblePerson { get; private set; } = responsiblePerson;

    public DateOnly? DueOn { get; private set; } = dueOn;
}
