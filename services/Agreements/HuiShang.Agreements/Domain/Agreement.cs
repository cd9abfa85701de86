using HuiShang.Contracts.Events;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Domain;

/// <summary>
/// An agreement (议定书 / 协议书) from draft to signature (domain.md §2.2). The approval chain is copied
/// from the profile at opening; the status follows from the current step. Versions are separate,
/// immutable rows; this root keeps the number of the current one. Every change bumps
/// <see cref="Revision"/> (the optimistic concurrency token) and appends a history entry.
/// </summary>
public sealed partial class Agreement : IAuditedRecord
{
    public const string System = "system";

    private readonly List<AgreementStep> _steps = [];
    private readonly List<CommentRound> _rounds = [];
    private readonly List<Review> _reviews = [];
    private readonly List<Approval> _approvals = [];
    private readonly List<Signature> _signatures = [];
    private readonly List<AgreementAuditEntry> _history = [];

    private Agreement()
    {
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; } = AgreementKinds.Framework;

    public Guid? FrameworkId { get; private set; }

    /// <summary>HB-18: this framework's procedure also serves as the first work meeting.</summary>
    public bool IncludesFirstWorkMeeting { get; private set; }

    public Guid ProposalId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string JurisdictionCode { get; private set; } = "";

    public string Tier { get; private set; } = "";

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public AgreementStatus Status { get; private set; }

    /// <summary>Index into the ordered steps; the step count once signed.</summary>
    public int CurrentStep { get; private set; }

    public int CurrentVersion { get; private set; }

    /// <summary>The version approved by the last review step (or current on reaching signing); only it can be signed.</summary>
    public int ApprovedVersion { get; private set; }

    /// <summary>HB-16(二): how many times the city leaders objected.</summary>
    public int ObjectionCount { get; private set; }

    /// <summary>The version the last drafting-restarting objection was made on: comments need a newer one.</summary>
    public int LastObjectedVersion { get; private set; }

    /// <summary>The profile's round length (GX-10 / HB-15), copied at opening; null: no validity period.</summary>
    public int? RoundYears { get; private set; }

    public string PolicyVersion { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public FormalDocument? FormalDocument { get; private set; }

    public Meeting? Meeting { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public Renewal? Renewal { get; private set; }

    /// <summary>When AgreementExpiring went out: it is sent once.</summary>
    public DateTimeOffset? ExpiryNoticedAt { get; private set; }

    /// <summary>Optimistic concurrency token: two changes made from the same read cannot both be saved.</summary>
    public long Revision { get; private set; }

    public IReadOnlyList<AgreementStep> Steps => _steps.OrderBy(s => s.Position).ToList();

    public IReadOnlyList<CommentRound> Rounds => _rounds.OrderBy(r => r.Number).ToList();

    public IReadOnlyList<Review> Reviews => _reviews.OrderBy(r => r.Number).ToList();

    public IReadOnlyList<Approval> Approvals => _approvals;

    public IReadOnlyList<Signature> Signatures => _signatures;

    public IReadOnlyList<AgreementAuditEntry> History => _history;

    IEnumerable<IAuditTrailEntry> IAuditedRecord.AuditTrail => _history;

    /// <summary>The step in progress; null once signed.</summary>
    public AgreementStep? Step => CurrentStep < _steps.Count ? Steps[CurrentStep] : null;

    public CommentRound? FindRound(Guid id) => _rounds.FirstOrDefault(r => r.Id == id);

    public Review? FindReview(Guid id) => _reviews.FirstOrDefault(r => r.Id == id);

    /// <summary>A return or objection that holds the current step until a version addresses it.</summary>
    public Review? OpenRefusal => _reviews.FirstOrDefault(r => r.IsOpen);

    /// <summary>The rule id of the comment step (GX-15, HB-16); empty where the chain has none.</summary>
    private string CommentStepRuleId => Steps.FirstOrDefault(s => s.Step == ApprovalStep.DivisionComments)?.RuleId ?? "";

    private bool HasOpenRound => _rounds.Any(r => r.Version == CurrentVersion && r.Status != CommentRoundStatus.Resolved);

    public static (Agreement Agreement, AgreementVersion Version, AgreementDrafted Drafted) Open(AgreementOpening opening, DateTimeOffset now)
    {
        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(now),
            Kind = opening.Kind,
            FrameworkId = opening.FrameworkId,
            IncludesFirstWorkMeeting = opening.IncludesFirstWorkMeeting,
            ProposalId = opening.ProposalId,
            RegionCode = opening.RegionCode,
            JurisdictionCode = opening.JurisdictionCode,
            Tier = opening.Tier,
            Year = opening.Year,
            Title = opening.Title,
            RoundYears = opening.RoundYears,
            PolicyVersion = opening.PolicyVersion,
            CreatedAt = now,
            CurrentVersion = 1,
            Revision = 1,
        };
        agreement._steps.AddRange(opening.Steps);
        var version = AgreementVersion.Create(agreement.Id, 1, opening.FirstVersion, System, now);
        agreement.EnterStep(0);
        agreement.Status = agreement.DeriveStatus();
        agreement.Record("draft", null, System, now, $"{opening.Kind}; policy {opening.PolicyVersion}");
        var drafted = new AgreementDrafted(
            agreement.Id, opening.ProposalId, opening.Kind, opening.FrameworkId, opening.RegionCode, opening.JurisdictionCode, opening.Tier, opening.Year, now);
        return (agreement, version, drafted);
    }

    private AgreementStatus DeriveStatus()
    {
        if (SignedOn is not null)
        {
            return AgreementStatus.Signed;
        }

        return Step!.Step switch
        {
            ApprovalStep.DivisionComments => HasOpenRound ? AgreementStatus.InComments : AgreementStatus.Drafting,
            ApprovalStep.DirectorsOfficeMeeting => OpenRefusal is null ? AgreementStatus.AwaitingDirectorReview : AgreementStatus.Drafting,
            ApprovalStep.LowerLeadersReview => OpenRefusal is null ? AgreementStatus.AwaitingCityReview : AgreementStatus.Drafting,
            ApprovalStep.BothApprove => AgreementStatus.AwaitingApproval,
            ApprovalStep.FormalDocument => AgreementStatus.AwaitingFormalDocument,
            _ => AgreementStatus.ReadyToSign,
        };
    }

    private AgreementStep RequireStep(ApprovalStep step, string what)
    {
        RequireNotSigned(what);
        return Step is { } current && current.Step == step
            ? current
            : throw new InvalidStateException($"A {Status} agreement cannot be {what}: that belongs to the {step} step.");
    }

    private void RequireNotSigned(string what)
    {
        if (Status == AgreementStatus.Signed)
        {
            throw new InvalidStateException($"A signed agreement cannot be {what}.");
        }
    }

    /// <summary>0 names the current version; any other number must be the current one.</summary>
    private int RequireCurrentVersion(int version, string what)
    {
        if (version != 0 && version != CurrentVersion)
        {
            throw new InvalidStateException($"Version {version} is not the current version {CurrentVersion}: only the current version can be {what}.");
        }

        return CurrentVersion;
    }

    private void CompleteStep()
    {
        if (Step!.Step is ApprovalStep.DirectorsOfficeMeeting or ApprovalStep.LowerLeadersReview or ApprovalStep.BothApprove)
        {
            ApprovedVersion = CurrentVersion;
        }

        EnterStep(CurrentStep + 1);
    }

    private void EnterStep(int index)
    {
        CurrentStep = index;
        if (Step?.Step == ApprovalStep.Signing)
        {
            // Versions cannot change from here on, so the current one is the one to sign.
            ApprovedVersion = CurrentVersion;
        }
    }

    private void Changed(AgreementStatus from, string action, string by, DateTimeOffset now, string? detail = null)
    {
        Status = DeriveStatus();
        Revision++;
        Record(action, from, by, now, detail);
    }

    private void Record(string action, AgreementStatus? from, string by, DateTimeOffset now, string? detail) =>
        _history.Add(AgreementAuditEntry.Of(this, action, from, by, now, detail));
}
