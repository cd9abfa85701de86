namespace HuiShang.Proposals.Domain;

/// <summary>GX-21 read model: a joint project of a city that is not yet accepted or terminated.</summary>
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

    public static UnfinishedProject Create(Guid projectId) => new() { ProjectId = projectId };

    public void Apply(string regionCode, string field, string title, string status, DateTimeOffset changedAt)
    {
        RegionCode = regionCode;
        Field = field;
        Title = title;
        Status = status;
        ChangedAt = changedAt;
    }
}
