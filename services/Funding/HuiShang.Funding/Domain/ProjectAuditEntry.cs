using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Funding.Domain;

/// <summary>One row of a project's append-only history, saved with the change it records.</summary>
public sealed class ProjectAuditEntry : IAuditTrailEntry
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

    /// <summary>As the gateway saw the caller; null when unknown (decision 012).</summary>
    public string? ClientAddress { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    AuditFields IAuditTrailEntry.Fields =>
        new(ProjectId, At, By, ClientAddress, Action, FromStatus?.ToString(), ToStatus.ToString(), Version, Detail);

    void IAuditTrailEntry.Seal(string? clientAddress, string previousHash, string hash)
    {
        ClientAddress = clientAddress;
        PreviousHash = previousHash;
        Hash = hash;
    }

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
