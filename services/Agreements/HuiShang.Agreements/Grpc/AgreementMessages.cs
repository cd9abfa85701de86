using HuiShang.Contracts.Common.V1;
using HuiShang.Agreements.Domain;
using HuiShang.ServiceDefaults.Audit;
using Proto = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Agreements.Grpc;

/// <summary>An agreement with its current version, steps, rounds and reviews: domain → proto.</summary>
internal static class AgreementMessages
{
    public static Proto.Agreement ToMessage(this Agreement agreement, AgreementVersion current, DateOnly today)
    {
        var message = new Proto.Agreement
        {
            Id = agreement.Id.ToString(),
            Kind = agreement.Kind,
            FrameworkId = Wire.Id(agreement.FrameworkId),
            IncludesFirstWorkMeeting = agreement.IncludesFirstWorkMeeting,
            ProposalId = agreement.ProposalId.ToString(),
            RegionCode = agreement.RegionCode,
            JurisdictionCode = agreement.JurisdictionCode,
            Tier = agreement.Tier,
            Year = agreement.Year,
            Title = agreement.Title,
            Status = agreement.Status.ToString(),
            CurrentVersion = current.ToMessage(),
            ApprovedVersion = agreement.ApprovedVersion,
            ObjectionCount = agreement.ObjectionCount,
            FormalDocument = agreement.FormalDocument?.ToMessage(),
            Meeting = agreement.Meeting?.ToMessage(),
            SignedOn = Date.From(agreement.SignedOn),
            ExpiresOn = Date.From(agreement.ExpiresOn),
            Renewal = agreement.Renewal?.ToMessage(),
            PolicyVersion = agreement.PolicyVersion,
            CreatedAt = Instants.From(agreement.CreatedAt),
        };
        message.Steps.AddRange(agreement.Steps.Select(s => new Proto.ApprovalStep
        {
            Step = Wire.Camel(s.Step.ToString()),
            RuleId = s.RuleId,
            State = s.Position < agreement.CurrentStep ? "Done" : s.Position == agreement.CurrentStep ? "Current" : "Pending",
        }));
        message.CommentRounds.AddRange(agreement.Rounds.Select(r => r.ToMessage(today)));
        message.Reviews.AddRange(agreement.Reviews.Select(ToMessage));
        message.Approvals.AddRange(agreement.Approvals.Select(a => new Proto.Approval { Side = a.Side, Version = a.Version, By = a.By, At = Instants.From(a.At) }));
        message.Signatures.AddRange(agreement.Signatures.Select(s => new Proto.Signature { Side = s.Side, By = s.By, Name = s.Name, At = Instants.From(s.At) }));
        return message;
    }

    public static AuditEntry ToMessage(this AgreementAuditEntry entry) =>
        entry.ToAuditMessage();

    private static Proto.CommentRound ToMessage(this CommentRound round, DateOnly today)
    {
        var message = new Proto.CommentRound
        {
            Id = round.Id.ToString(),
            Version = round.Version,
            DueOn = Date.From(round.DueOn),
            StartedAt = Instants.From(round.StartedAt),
            StartedBy = round.StartedBy,
            Status = round.Status.ToString(),
            ClosedAt = Instants.From(round.ClosedAt),
            ClosedBy = round.ClosedBy ?? "",
            CloseReason = round.CloseReason ?? "",
        };
        message.Divisions.AddRange(round.Divisions);
        message.UnansweredDivisions.AddRange(round.UnansweredDivisions);
        message.PendingDivisions.AddRange(round.PendingDivisions);
        message.LateDivisions.AddRange(round.LateDivisions(today));
        message.Comments.AddRange(round.OrderedComments.Select(c => new Proto.Comment
        {
            Id = c.Id.ToString(),
            Division = c.Division,
            Text = c.Text ?? "",
            NoComment = c.NoComment,
            By = c.By,
            At = Instants.From(c.At),
            Resolution = c.Resolution ?? "",
            ResolutionReason = c.ResolutionReason ?? "",
        }));
        return message;
    }

    private static Proto.Review ToMessage(Review review)
    {
        var message = new Proto.Review
        {
            Id = review.Id.ToString(),
            Kind = review.Kind,
            Version = review.Version,
            Decision = review.Decision,
            By = review.By,
            At = Instants.From(review.At),
            AddressedByVersion = review.AddressedByVersion,
            RuleId = review.RuleId,
        };
        message.Reasons.AddRange(review.Reasons);
        return message;
    }

    private static Proto.FormalDocument ToMessage(this FormalDocument document) => new()
    {
        DocumentNumber = document.DocumentNumber,
        IssuedOn = Date.From(document.IssuedOn),
        RecordedBy = document.RecordedBy,
        RecordedAt = Instants.From(document.RecordedAt),
    };

    private static Proto.Meeting ToMessage(this Meeting meeting)
    {
        var message = new Proto.Meeting
        {
            At = Validation.AgreementFields.Local(meeting.At),
            Place = meeting.Place,
            ScheduledBy = meeting.ScheduledBy,
            ScheduledAt = Instants.From(meeting.ScheduledAt),
        };
        message.Participants.AddRange(meeting.Participants);
        message.Agenda.AddRange(meeting.Agenda);
        message.Materials.AddRange(meeting.Materials);
        return message;
    }

    private static Proto.Renewal ToMessage(this Renewal renewal) =>
        new() { Renew = renewal.Renew, Note = renewal.Note ?? "", By = renewal.By, At = Instants.From(renewal.At) };
}
