namespace HuiShang.Agreements.Domain;

/// <summary>GX-17 / HB-16(四): the signing meeting. <see cref="At"/> is the instant of the local time agreed.</summary>
public sealed class Meeting(
    DateTimeOffset at, string place, List<string> participants, List<string> agenda, List<string> materials, string scheduledBy, DateTimeOffset scheduledAt)
{
    public DateTimeOffset At { get; private set; } = at;

    public string Place { get; private set; } = place;

    public List<string> Participants { get; private set; } = participants;

    public List<string> Agenda { get; private set; } = agenda;

    public List<string> Materials { get; private set; } = materials;

    public string ScheduledBy { get; private set; } = scheduledBy;

    public DateTimeOffset ScheduledAt { get; private set; } = scheduledAt;
}
