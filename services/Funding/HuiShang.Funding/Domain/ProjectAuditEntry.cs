namespace HuiShang.Funding.Domain;

/// <summary>One row of a project's append-only history, saved with the change it records.</summary>
public sealed class ProjectAuditEntry
{
    private ProjectAuditEntry()
    {
    }

    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Action { get; private set; } = "";

    public ProjectStatus? FromStatus { get; private set; }

    public ProjectStatus ToStatus { get; private set; }

    public long Version { get; private set; }

    public string? Detail { get; private set; }

    public static ProjectAuditEntry Of(Project project, string action, ProjectStatus? from, string by, DateTimeOffset at, string? detail) => new()
    {
        ProjectId = project.Id,
        At = at,
        By = by,
        Action = action,
        FromStatus = from,
        ToStatus = project.Status,
        Version = project.Version,
        Detail = detail,
    };
}
