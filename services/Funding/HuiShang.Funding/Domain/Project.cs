using HuiShang.Contracts.Events;
using HuiShang.Funding.Domain.Plans;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain;

/// <summary>
/// A joint project under a signed agreement (XJ-3, XJ-4.1). Region, district and jurisdiction are fixed
/// for life: tenancy reads them. Every change appends a history entry and returns the events to stage in
/// the same SaveChanges; every state change also yields JointProjectStatusChanged for GX-21.
/// </summary>
public sealed partial class Project : IAuditedRecord
{
    private readonly List<ProjectAuditEntry> _history = [];

    private Project()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>The agreement's city.</summary>
    public string RegionCode { get; private set; } = "";

    public string? DistrictCode { get; private set; }

    /// <summary>XJ-4.2 category of the district from the reference data, kept with the project.</summary>
    public int? DistrictCategory { get; private set; }

    public string JurisdictionCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Field { get; private set; } = "";

    public FundingMode Mode { get; private set; }

    public decimal UpperSupport { get; private set; }

    /// <summary>The matching ratio offered; null = whatever the profile's ratio is (XJ-4.2 priority).</summary>
    public decimal? OfferedMatchRatio { get; private set; }

    public ProjectStatus Status { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateOnly? ApprovedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The acceptance mode when accepted, the reason when terminated.</summary>
    public string? ClosingNote { get; private set; }

    public AcceptanceMode? AcceptanceMode { get; private set; }

    /// <summary>The profile version of the registration, replaced by the plan's at approval.</summary>
    public string PolicyVersion { get; private set; } = "";

    /// <summary>Fixed at approval (XJ-4.2); null before.</summary>
    public FundingPlan? Plan { get; private set; }

    public IReadOnlyList<ProjectAuditEntry> History => _history;

    IEnumerable<IAuditTrailEntry> IAuditedRecord.AuditTrail => _history;

    /// <summary>GX-21: unfinished until accepted (结题验收) or terminated.</summary>
    public bool Unfinished => Status is not (ProjectStatus.Accepted or ProjectStatus.Terminated);

    public static (Project Project, IReadOnlyList<object> Events) Register(
        ProjectDraft draft, Envelope envelope, string policyVersion, string by, DateTimeOffset now)
    {
        var project = new Project
        {
            Id = Guid.CreateVersion7(now),
            AgreementId = envelope.AgreementId,
            RegionCode = envelope.RegionCode,
            JurisdictionCode = envelope.JurisdictionCode,
            DistrictCode = draft.DistrictCode,
            DistrictCategory = draft.DistrictCategory,
            Title = draft.Title,
            Field = draft.Field,
            Mode = draft.Mode,
            UpperSupport = draft.UpperSupport,
            OfferedMatchRatio = draft.OfferedMatchRatio,
            Status = ProjectStatus.Applied,
            Version = 1,
            RegisteredAt = now,
            RegisteredBy = by,
            PolicyVersion = policyVersion,
        };
        project.Record("register", null, by, now, $"upper support {Money.Text(draft.UpperSupport)}; policy {policyVersion}");
        var registered = new ProjectRegistered(project.Id, project.AgreementId, project.RegionCode, project.DistrictCode,
            project.JurisdictionCode, project.Title, project.Field, ProjectModes.Name(project.Mode), project.UpperSupport, now);
        return (project, [registered, project.StatusChanged(now)]);
    }

    /// <summary>The caller saw <paramref name="expectedVersion"/>; 0 means "not checked".</summary>
    public void EnsureVersion(long expectedVersion)
    {
        if (expectedVersion != 0 && expectedVersion != Version)
        {
            throw new ConcurrencyConflictException($"The project is at version {Version}, not {expectedVersion}; reload it and try again.");
        }
    }

    /// <summary>Refuses a step the status does not allow (invalid-state) before any rule or profile is consulted.</summary>
    public ProjectStatus EnsureStatus(string step, params ProjectStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new InvalidStateException($"A project in status {Status} cannot be {step}; allowed from {string.Join(", ", allowed)}.");
        }

        return Status;
    }

    private JointProjectStatusChanged StatusChanged(DateTimeOffset now) =>
        new(Id, RegionCode, Field, Title, Status.ToString(), Unfinished, now);

    private void Record(string action, ProjectStatus? from, string by, DateTimeOffset now, string? detail = null) =>
        _history.Add(ProjectAuditEntry.Of(this, action, from, by, now, detail));
}
