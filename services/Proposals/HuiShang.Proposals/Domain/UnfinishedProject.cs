namespace HuiShang.Proposals.Domain;

/// <summary>
/// GX-21 read model: the newest known status of a city's joint project. A finished project (accepted or
/// terminated) stays as a tombstone with <see cref="Unfinished"/> false, so that an older event arriving
/// late cannot bring it back; readers see only unfinished rows (query filter).
/// </summary>
public sealed class UnfinishedProject
{
    private UnfinishedProject()
    {
    }

    public Guid ProjectId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Field { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Status { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public bool Unfinished { get; private set; }

    /// <summary>True when an event is older than the state already held (out-of-order delivery); a tie is applied.</summary>
    public bool IsOlderThanHeld(DateTimeOffset changedAt) => changedAt < ChangedAt;

    public static UnfinishedProject Create(Guid projectId) => new() { ProjectId = projectId };

    public void Apply(string regionCode, string field, string title, string status, bool unfinished, DateTimeOffset changedAt)
    {
        Unfinished = unfinished;
        RegionCode = regionCode;
        Field = field;
        Title = title;
        Status = status;
        ChangedAt = changedAt;
    }
}
