namespace HuiShang.Funding.Domain;

/// <summary>An agreed item (议定事项, GX-18/GX-19) of the signed agreement, kept with the envelope.</summary>
public sealed record EnvelopeItem(
    string Title,
    string Field,
    string OwnerSide,
    string LeadUnit,
    string CoUnits,
    string ResponsiblePerson,
    DateOnly? DueOn);
