using HuiShang.Contracts.Events;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Evaluation.Domain;

/// <summary>
/// The implementation tracking of one signed agreement (domain.md §2.4): its agreed items as obligations
/// of either side, the reporting terms of the profile in force on the signing date, and the overdue
/// notices raised. Filings are separate, immutable rows (<see cref="Filing"/>); this root decides whether
/// one may be filed and keeps the history. Its id is the agreement's. Every change bumps
/// <see cref="Revision"/> (the optimistic concurrency token) and appends a history entry.
/// </summary>
public sealed partial class TrackingPlan : IAuditedRecord
{
    public const string System = "system";

    private readonly List<Obligation> _items = [];
    private readonly List<OverdueNotice> _notices = [];
    private readonly List<TrackingAuditEntry> _history = [];

    private TrackingPlan()
    {
    }

    /// <summary>The agreement's id.</summary>
    public Guid Id { get; private set; }

    public Guid ProposalId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string JurisdictionCode { get; private set; } = "";

    public string Tier { get; private set; } = "";

    public int Year { get; private set; }

    public int AgreementVersion { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public ReportingTerms Terms { get; private set; } = ReportingTerms.None;

    public TrackingStatus Status { get; private set; }

    public DateOnly? FulfilledOn { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Optimistic concurrency token: two changes made from the same read cannot both be saved.</summary>
    public long Revision { get; private set; }

    public IReadOnlyList<Obligation> Items => _items.OrderBy(i => i.Position).ToList();

    public IReadOnlyList<OverdueNotice> Notices => _notices;

    public IReadOnlyList<TrackingAuditEntry> History => _history;

    IEnumerable<IAuditTrailEntry> IAuditedRecord.AuditTrail => _history;

    public Obligation? FindItem(Guid id) => _items.FirstOrDefault(i => i.Id == id);

    public OverdueNotice? FindNotice(string key) => _notices.FirstOrDefault(n => n.Key == key);

    /// <summary>
    /// GX-18: every agreed item of the signed version becomes an obligation of its side. Returns the plan
    /// and what Proposals' GX-21 read model needs: each item starts unfinished.
    /// </summary>
    public static (TrackingPlan Plan, IReadOnlyList<AgreedItemStatusChanged> Unfinished) Open(AgreementSigned signed, ReportingTerms terms, DateTimeOffset now)
    {
        var plan = new TrackingPlan
        {
            Id = signed.AgreementId,
            ProposalId = signed.ProposalId,
            RegionCode = signed.RegionCode,
            JurisdictionCode = signed.JurisdictionCode,
            Tier = signed.Tier,
            Year = signed.Year,
            AgreementVersion = signed.Version,
            SignedOn = signed.SignedOn,
            Terms = terms,
            Status = TrackingStatus.Open,
            OpenedAt = now,
            Revision = 1,
        };
        plan._items.AddRange(signed.Items.Select((item, index) => Obligation.Create(plan.Id, index + 1, item, now)));
        var policy = terms.PolicyVersion.Length > 0 ? $"policy {terms.PolicyVersion}" : "no policy in force on the signing date";
        plan.Record("open", null, System, now, $"{plan._items.Count} items; {policy}");
        return (plan, plan._items.Select(i => plan.ItemChanged(i, now)).ToList());
    }

    /// <summary>Items a business division owns (GX-19 任务分工): what it sees and reports on.</summary>
    public bool IsOwnedBy(string division) => division.Length > 0 && _items.Any(i => i.Division == division);

    private void RequireOpen(string what)
    {
        if (Status != TrackingStatus.Open)
        {
            throw new InvalidStateException($"The agreement is {Status}: nothing can be {what} any more.");
        }
    }

    private AgreedItemStatusChanged ItemChanged(Obligation item, DateTimeOffset now) =>
        new(item.Id, Id, RegionCode, item.Field, item.Title, item.Status.ToString(), item.IsUnfinished, now);

    private void Changed(TrackingStatus from, string action, string by, DateTimeOffset now, string? detail = null)
    {
        Revision++;
        Record(action, from, by, now, detail);
    }

    private void Record(string action, TrackingStatus? from, string by, DateTimeOffset now, string? detail) =>
        _history.Add(TrackingAuditEntry.Of(this, action, from, by, now, detail));
}
