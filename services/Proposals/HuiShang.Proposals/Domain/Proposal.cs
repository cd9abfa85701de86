using HuiShang.Contracts.Events;

namespace HuiShang.Proposals.Domain;

/// <summary>
/// A city's consultation proposal (会商建议) to its upper authority. The region and jurisdiction
/// are the creator's, fixed for life: tenancy checks read them.
/// </summary>
public sealed class Proposal
{
    private readonly List<Topic> _topics = [];

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

    /// <summary>Optimistic concurrency token: bumped by every change, sent out as the ETag.</summary>
    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public static Proposal Create(ProposalDraft draft, string regionCode, string jurisdictionCode, string createdBy, DateTimeOffset now)
    {
        var proposal = new Proposal
        {
            Id = Guid.CreateVersion7(now),
            RegionCode = regionCode,
            JurisdictionCode = jurisdictionCode,
            Status = ProposalStatus.Draft,
            Title = draft.Title,
            CallId = draft.CallId,
            PlannedMeetingOn = draft.PlannedMeetingOn,
            CityMeetingOn = draft.CityMeetingOn,
            PreviousRoundSummary = draft.PreviousRoundSummary,
            UrgentReason = draft.UrgentReason,
            Version = 1,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        proposal._topics.AddRange(draft.Topics);
        return proposal;
    }

    /// <summary>Draft → Submitted; the returned event goes out through the outbox with this change.</summary>
    public ProposalSubmitted Submit(string submittedBy, DateTimeOffset now)
    {
        if (Status != ProposalStatus.Draft)
        {
            throw new InvalidStateException($"Only a draft can be submitted; this proposal is {Status}.");
        }

        Status = ProposalStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = submittedBy;
        Version++;
        return new ProposalSubmitted(Id, RegionCode, JurisdictionCode, Title, _topics.Count, now, submittedBy);
    }
}
