using HuiShang.Contracts.Events;
using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Proposals.Domain;

/// <summary>
/// A city's consultation proposal (会商建议) to its upper authority. The region and jurisdiction
/// are the creator's, fixed for life: tenancy checks read them. Every state change appends a
/// history entry that is saved with it.
/// </summary>
public sealed partial class Proposal : IAuditedRecord
{
    private readonly List<Topic> _topics = [];
    private readonly List<ProposalAuditEntry> _history = [];

    private Proposal()
    {
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string JurisdictionCode { get; private set; } = "";

    public ProposalStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    public string CallId { get; private set; } = "";

    public DateOnly PlannedMeetingOn { get; private set; }

    /// <summary>GX-11: the city government's meeting that studied its S&amp;T needs.</summary>
    public DateOnly? CityMeetingOn { get; private set; }

    /// <summary>GX-12: the previous round's results; not needed for a first consultation.</summary>
    public string? PreviousRoundSummary { get; private set; }

    /// <summary>GX-10: why an extra consultation is needed outside the three-year cycle.</summary>
    public string? UrgentReason { get; private set; }

    public IReadOnlyList<Topic> Topics => _topics;

    /// <summary>HB-11..13 figures.</summary>
    public ProposalFigures Figures => new(RdGdpRatio, RdGdpRatioPrevious, FiscalStSpendingGrowth, RegularRevenueGrowth);

    public decimal? RdGdpRatio { get; private set; }

    public decimal? RdGdpRatioPrevious { get; private set; }

    public decimal? FiscalStSpendingGrowth { get; private set; }

    public decimal? RegularRevenueGrowth { get; private set; }

    public IReadOnlyList<ProposalAuditEntry> History => _history;

    IEnumerable<IAuditTrailEntry> IAuditedRecord.AuditTrail => _history;

    /// <summary>Optimistic concurrency token: bumped by every change, sent out as the ETag.</summary>
    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public SelectionTier? SelectionTier { get; private set; }

    /// <summary>GX-10: the key city is the year's theme city of 两周一展.</summary>
    public bool ThemeCity { get; private set; }

    /// <summary>The call year of the round this proposal was selected for (GX-10 cycle).</summary>
    public int? SelectedYear { get; private set; }

    /// <summary>HB-17: the framework agreement this selection is a work meeting under; a round of its own when null (GX-10, HB-15 cycle).</summary>
    public Guid? WorkMeetingOf { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>Policy version of the last rule decision (submission or selection).</summary>
    public string? PolicyVersion { get; private set; }

    public static Proposal Create(ProposalDraft draft, string regionCode, string jurisdictionCode, string createdBy, DateTimeOffset now)
    {
        var proposal = new Proposal
        {
            Id = Guid.CreateVersion7(now),
            RegionCode = regionCode,
            JurisdictionCode = jurisdictionCode,
            Status = ProposalStatus.Draft,
            CallId = draft.CallId,
            Version = 1,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        proposal.Apply(draft);
        proposal.Record("create", null, createdBy, now);
        return proposal;
    }

    /// <summary>The caller saw <paramref name="expectedVersion"/>; 0 means "not checked".</summary>
    public void EnsureVersion(long expectedVersion)
    {
        if (expectedVersion != 0 && expectedVersion != Version)
        {
            throw new ConcurrencyConflictException("The proposal was changed by someone else; reload it and try again.");
        }
    }

    /// <summary>Edits are allowed while the city holds the proposal: Draft or Returned.</summary>
    public void Update(ProposalDraft draft, string by, DateTimeOffset now)
    {
        Require("updated", ProposalStatus.Draft, ProposalStatus.Returned);
        Apply(draft);
        Version++;
        Record("update", Status, by, now);
    }

    public ProposalReturned Return(string reason, string by, DateTimeOffset now)
    {
        var from = Require("returned", ProposalStatus.Submitted);
        Status = ProposalStatus.Returned;
        DecisionReason = reason;
        Version++;
        Record("return", from, by, now, reason);
        return new ProposalReturned(Id, RegionCode, JurisdictionCode, reason, now, by);
    }

    public void Withdraw(string by, DateTimeOffset now)
    {
        var from = Require("withdrawn", ProposalStatus.Draft, ProposalStatus.Submitted, ProposalStatus.Returned);
        Status = ProposalStatus.Withdrawn;
        Version++;
        Record("withdraw", from, by, now);
    }

    /// <param name="workMeetingOf">HB-17: the live framework this selection is a work meeting under; null for a new round.</param>
    public ProposalSelected Select(Call call, SelectionTier tier, string? extraReason, string policyVersion, string by, DateTimeOffset now, Guid? workMeetingOf = null)
    {
        var from = Require("selected", ProposalStatus.Submitted);
        Status = ProposalStatus.Selected;
        SelectionTier = tier;
        // GX-10: the key city is also the theme city of the year's 两周一展.
        ThemeCity = tier == Domain.SelectionTier.Key;
        SelectedYear = call.Year;
        WorkMeetingOf = workMeetingOf;
        DecisionReason = extraReason;
        PolicyVersion = policyVersion;
        Version++;
        Record("select", from, by, now, $"{tier}; policy {policyVersion}" + (extraReason is null ? "" : $"; {extraReason}"));
        var topics = _topics.Select(t => new SelectedTopic(t.Title, t.Category, t.Field, t.RequestedSupport ?? 0m)).ToList();
        return new ProposalSelected(Id, call.Id, call.Year, RegionCode, JurisdictionCode, tier.ToString(), ThemeCity, extraReason, topics, policyVersion, now, by);
    }

    public ProposalNotSelected NotSelect(Call call, string reason, string policyVersion, string by, DateTimeOffset now)
    {
        var from = Require("decided", ProposalStatus.Submitted);
        Status = ProposalStatus.NotSelected;
        DecisionReason = reason;
        PolicyVersion = policyVersion;
        Version++;
        Record("not-select", from, by, now, reason);
        return new ProposalNotSelected(Id, call.Id, RegionCode, JurisdictionCode, reason, now, by);
    }

    private void Apply(ProposalDraft draft)
    {
        Title = draft.Title;
        PlannedMeetingOn = draft.PlannedMeetingOn;
        CityMeetingOn = draft.CityMeetingOn;
        PreviousRoundSummary = draft.PreviousRoundSummary;
        UrgentReason = draft.UrgentReason;
        (RdGdpRatio, RdGdpRatioPrevious, FiscalStSpendingGrowth, RegularRevenueGrowth) = draft.Figures;
        _topics.Clear();
        _topics.AddRange(draft.Topics);
    }

    private ProposalStatus Require(string step, params ProposalStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new InvalidStateException($"A {Status} proposal cannot be {step}; allowed from {string.Join(", ", allowed)}.");
        }

        return Status;
    }

    private void Record(string action, ProposalStatus? from, string by, DateTimeOffset now, string? detail = null) =>
        _history.Add(ProposalAuditEntry.Of(this, action, from, by, now, detail));
}
