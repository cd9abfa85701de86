namespace HuiShang.Agreements.Domain;

/// <summary>A validated meeting request; an empty agenda means the GX-17(三) default.</summary>
public sealed record MeetingPlan(DateTimeOffset At, string Place, IReadOnlyList<string> Participants, IReadOnlyList<string> Agenda, IReadOnlyList<string> Materials);
