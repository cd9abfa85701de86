using HuiShang.Contracts.Events;
using HuiShang.Policies;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Domain;

/// <summary>Meeting, signatures, validity and renewal (GX-17, HB-15, HB-16(四)).</summary>
public sealed partial class Agreement
{
    /// <summary>GX-17(一)(三): time, place and agenda; may be moved until someone has signed.</summary>
    public void ScheduleMeeting(MeetingPlan plan, string by, DateTimeOffset now)
    {
        RequireStep(ApprovalStep.Signing, "scheduled for signing");
        if (_signatures.Count > 0)
        {
            throw new InvalidStateException("Signing has started at the meeting: it can no longer be rescheduled.");
        }

        var from = Status;
        var action = Meeting is null ? "schedule-meeting" : "reschedule-meeting";
        var agenda = plan.Agenda.Count > 0 ? plan.Agenda : DefaultAgenda.Steps;
        Meeting = new Meeting(plan.At, plan.Place, plan.Participants.ToList(), agenda.ToList(), plan.Materials.ToList(), by, now);
        Changed(from, action, by, now, $"{plan.At:O} {plan.Place}");
    }

    /// <summary>
    /// GX-17(三)4 / HB-16(四): a side's signature on the approved version at the scheduled meeting. The
    /// second signature makes the agreement Signed and returns the event to publish with it.
    /// </summary>
    public AgreementSigned? Sign(string side, int version, string by, string name, DateTimeOffset now, AgreementVersion? approved)
    {
        RequireStep(ApprovalStep.Signing, "signed");
        if (Meeting is null)
        {
            throw new InvalidStateException("Schedule the meeting first: the agreement is signed at the consultation meeting.");
        }

        var number = version == 0 ? CurrentVersion : version;
        if (number != ApprovedVersion || approved is null || approved.Number != ApprovedVersion)
        {
            throw new InvalidStateException($"Only the approved version can be signed: that is version {ApprovedVersion}, not {number}.");
        }

        if (_signatures.Any(s => s.Side == side))
        {
            throw new InvalidStateException($"The {side} side has already signed.");
        }

        var from = Status;
        _signatures.Add(new Signature(side, by, name, now));
        if (!Sides.All.All(s => _signatures.Any(g => g.Side == s)))
        {
            Changed(from, "sign", by, now, side);
            return null;
        }

        SignedOn = PolicyCalendar.DateOf(now);
        // HB-15 / GX-10: a framework runs for the profile's round length; a work meeting's 协议书 has none of its own.
        ExpiresOn = Kind == AgreementKinds.Framework && RoundYears is { } years ? SignedOn.Value.AddYears(years) : null;
        CurrentStep = _steps.Count;
        Changed(from, "sign", by, now, $"{side}; signed {SignedOn:yyyy-MM-dd}");
        return SignedEvent(approved, now);
    }

    /// <summary>HB-15: both sides decide once whether the framework continues.</summary>
    public void DecideRenewal(bool renew, string? note, string by, DateTimeOffset now)
    {
        if (Status != AgreementStatus.Signed || Kind != AgreementKinds.Framework)
        {
            throw new InvalidStateException("Only a signed framework agreement has a renewal decision.");
        }

        if (Renewal is not null)
        {
            throw new InvalidStateException($"The renewal was already decided on {Renewal.At:yyyy-MM-dd}.");
        }

        var from = Status;
        Renewal = new Renewal(renew, note, by, now);
        Changed(from, renew ? "renew" : "not-renew", by, now, note);
    }

    /// <summary>HB-15 reminder, once: null when not due yet or already sent.</summary>
    public AgreementExpiring? NoticeExpiry(DateOnly today, int noticeDays, DateTimeOffset now)
    {
        if (Status != AgreementStatus.Signed || ExpiresOn is not { } expires || ExpiryNoticedAt is not null || today < expires.AddDays(-noticeDays))
        {
            return null;
        }

        var from = Status;
        ExpiryNoticedAt = now;
        var daysLeft = expires.DayNumber - today.DayNumber;
        Changed(from, "expiry-notice", System, now, $"expires {expires:yyyy-MM-dd}, {daysLeft} days left");
        return new AgreementExpiring(Id, RegionCode, JurisdictionCode, expires, daysLeft, now);
    }

    /// <summary>GX-15: divisions silent after the due date of a live round, once per round.</summary>
    public IReadOnlyList<CommentRoundOverdue> NoticeOverdueRounds(DateOnly today, DateTimeOffset now)
    {
        if (Status == AgreementStatus.Signed)
        {
            return [];
        }

        var notices = new List<CommentRoundOverdue>();
        foreach (var round in _rounds.Where(r => r.Version == CurrentVersion && r.OverdueNoticedAt is null).OrderBy(r => r.Number))
        {
            var late = round.LateDivisions(today);
            if (late.Count == 0)
            {
                continue;
            }

            var from = Status;
            round.NoticedOverdue(now);
            Changed(from, "comment-round-overdue", System, now, $"round {round.Number}: {string.Join(", ", late)}");
            notices.Add(new CommentRoundOverdue(Id, round.Id, RegionCode, JurisdictionCode, late, round.DueOn, now));
        }

        return notices;
    }

    private AgreementSigned SignedEvent(AgreementVersion approved, DateTimeOffset now)
    {
        var items = approved.OrderedItems
            .Select(i => new AgreedItemTerms(i.Title, i.Field, i.OwnerSide, i.LeadUnit, i.CoUnits.ToList(), i.ResponsiblePerson, i.DueOn))
            .ToList();
        var province = _signatures.First(s => s.Side == Sides.Province).Name;
        var city = _signatures.First(s => s.Side == Sides.City).Name;
        return new AgreementSigned(Id, ProposalId, Kind, FrameworkId, RegionCode, JurisdictionCode, Tier, Year, approved.Number, items,
            SignedOn!.Value, ExpiresOn, province, city, PolicyVersion, now);
    }
}
