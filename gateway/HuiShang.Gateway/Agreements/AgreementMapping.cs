using Google.Protobuf.WellKnownTypes;
using V1 = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Gateway.Agreements;

/// <summary>JSON models ↔ agreements messages, by hand. Empty proto strings ("not set") become null in JSON.</summary>
internal static class AgreementMapping
{
    public static V1.CreateVersionRequest ToMessage(Guid id, long expectedVersion, CreateVersionRequest request)
    {
        var message = new V1.CreateVersionRequest
        {
            AgreementId = id.ToString(),
            ExpectedVersion = checked((int)expectedVersion),
            Text = request.Text ?? "",
            CommentRoundId = request.CommentRoundId?.ToString() ?? "",
            AddressesReviewId = request.AddressesReviewId?.ToString() ?? "",
            Note = request.Note?.Trim() ?? "",
        };
        message.Items.AddRange((request.Items ?? []).OfType<AgreedItemRequest>().Select(ToMessage));
        return message;
    }

    public static V1.StartCommentRoundRequest ToMessage(Guid id, StartCommentRoundRequest request)
    {
        var message = new V1.StartCommentRoundRequest { AgreementId = id.ToString(), DueOn = WireValues.Date(request.DueOn), Version = request.Version ?? 0 };
        message.Divisions.AddRange(Entries(request.Divisions));
        return message;
    }

    public static V1.AddCommentRequest ToMessage(Guid id, AddCommentRequest request) => new()
    {
        AgreementId = id.ToString(),
        RoundId = request.RoundId?.ToString() ?? "",
        Text = request.Text?.Trim() ?? "",
        NoComment = request.NoComment ?? false,
    };

    public static V1.ResolveCommentsRequest ToMessage(Guid id, Guid roundId, ResolveCommentsRequest request)
    {
        var message = new V1.ResolveCommentsRequest { AgreementId = id.ToString(), RoundId = roundId.ToString() };
        message.Resolutions.AddRange((request.Resolutions ?? []).OfType<CommentResolutionRequest>().Select(r => new V1.CommentResolution
        {
            CommentId = r.CommentId?.ToString() ?? "",
            Resolution = r.Resolution ?? "",
            Reason = r.Reason?.Trim() ?? "",
        }));
        return message;
    }

    public static V1.CloseCommentRoundRequest ToMessage(Guid id, Guid roundId, CloseCommentRoundRequest request) =>
        new() { AgreementId = id.ToString(), RoundId = roundId.ToString(), Reason = request.Reason?.Trim() ?? "" };

    public static V1.ReviewRequest ToMessage(Guid id, ReviewRequest request)
    {
        var message = new V1.ReviewRequest { AgreementId = id.ToString(), Decision = request.Decision ?? "", Version = request.Version ?? 0 };
        message.Reasons.AddRange(Entries(request.Reasons));
        return message;
    }

    public static V1.ApproveRequest ToApproval(Guid id, VersionRequest? request) =>
        new() { AgreementId = id.ToString(), Version = request?.Version ?? 0 };

    public static V1.SignRequest ToSignature(Guid id, VersionRequest? request) =>
        new() { AgreementId = id.ToString(), Version = request?.Version ?? 0 };

    public static V1.FormalDocumentRequest ToMessage(Guid id, FormalDocumentRequest request) => new()
    {
        AgreementId = id.ToString(),
        DocumentNumber = request.DocumentNumber?.Trim() ?? "",
        IssuedOn = WireValues.Date(request.IssuedOn),
    };

    public static V1.ScheduleMeetingRequest ToMessage(Guid id, ScheduleMeetingRequest request)
    {
        var message = new V1.ScheduleMeetingRequest { AgreementId = id.ToString(), At = request.At ?? "", Place = request.Place?.Trim() ?? "" };
        message.Participants.AddRange(Entries(request.Participants));
        message.Agenda.AddRange(Entries(request.Agenda));
        message.Materials.AddRange(Entries(request.Materials));
        return message;
    }

    public static V1.RenewalRequest ToMessage(Guid id, RenewalRequest request) =>
        new() { AgreementId = id.ToString(), Renew = request.Renew ?? false, Note = request.Note?.Trim() ?? "" };

    public static AgreementResponse ToResponse(V1.Agreement a) => new(
        a.Id,
        a.Kind,
        Optional(a.FrameworkId),
        a.IncludesFirstWorkMeeting,
        a.ProposalId,
        a.RegionCode,
        a.JurisdictionCode,
        a.Tier,
        a.Year,
        Optional(a.Title),
        a.Status,
        a.CurrentVersion is { Number: > 0 } current ? ToResponse(current) : null,
        a.ApprovedVersion > 0 ? a.ApprovedVersion : null,
        a.Steps.Select(s => new ApprovalStepResponse(s.Step, Optional(s.RuleId), s.State)).ToList(),
        a.CommentRounds.Select(ToResponse).ToList(),
        a.Reviews.Select(ToResponse).ToList(),
        a.ObjectionCount,
        a.Approvals.Select(p => new ApprovalResponse(p.Side, p.Version, Optional(p.By), Instant(p.At, "approvals.at"))).ToList(),
        ToResponse(a.FormalDocument),
        ToResponse(a.Meeting),
        a.Signatures.Select(s => new SignatureResponse(s.Side, Optional(s.By), Optional(s.Name), Instant(s.At, "signatures.at"))).ToList(),
        WireValues.ParseDate(a.SignedOn, "signed_on"),
        WireValues.ParseDate(a.ExpiresOn, "expires_on"),
        a.Renewal is { At: not null } r ? new RenewalResponse(r.Renew, Optional(r.Note), Optional(r.By), Instant(r.At, "renewal.at")) : null,
        a.PolicyVersion,
        Instant(a.CreatedAt, "created_at"));

    public static AgreementListResponse ToResponse(V1.ListAgreementsReply reply) =>
        new(reply.Items.Select(ToResponse).ToList(), PageParameters.Next(reply.Page));

    private static AgreementSummaryResponse ToResponse(V1.AgreementSummary a) => new(
        a.Id, a.Kind, Optional(a.FrameworkId), a.ProposalId, a.RegionCode, a.JurisdictionCode, a.Tier, a.Year, a.Title, a.Status, a.CurrentVersion,
        WireValues.ParseDate(a.SignedOn, "signed_on"),
        WireValues.ParseDate(a.ExpiresOn, "expires_on"),
        Instant(a.CreatedAt, "created_at"));

    public static VersionListResponse ToResponse(V1.ListVersionsReply reply) => new(reply.Versions.Select(ToResponse).ToList());

    public static AgreementVersionResponse ToResponse(V1.AgreementVersion v) => new(
        v.Number,
        v.Text,
        v.Items.Select(ToResponse).ToList(),
        Instant(v.CreatedAt, "version.created_at"),
        Optional(v.CreatedBy),
        Optional(v.CommentRoundId),
        Optional(v.AddressesReviewId),
        Optional(v.Note));

    public static VersionDiffResponse ToResponse(V1.VersionDiff diff) => new(
        diff.From,
        diff.To,
        diff.Items.Select(c => new ItemChangeResponse(
            c.Kind, c.Title, c.Before is null ? null : ToResponse(c.Before), c.After is null ? null : ToResponse(c.After), [.. c.ChangedFields])).ToList(),
        diff.Lines.Select(l => new TextLineResponse(l.Op, l.Text)).ToList());


    private static V1.AgreedItem ToMessage(AgreedItemRequest item)
    {
        var message = new V1.AgreedItem
        {
            Title = item.Title?.Trim() ?? "",
            Field = item.Field?.Trim() ?? "",
            OwnerSide = item.OwnerSide ?? "",
            LeadUnit = item.LeadUnit?.Trim() ?? "",
            ResponsiblePerson = item.ResponsiblePerson?.Trim() ?? "",
            DueOn = WireValues.Date(item.DueOn),
        };
        message.CoUnits.AddRange(Entries(item.CoUnits));
        return message;
    }

    private static AgreedItemResponse ToResponse(V1.AgreedItem item) => new(
        item.Title,
        Optional(item.Field),
        Optional(item.OwnerSide),
        Optional(item.LeadUnit),
        [.. item.CoUnits],
        Optional(item.ResponsiblePerson),
        WireValues.ParseDate(item.DueOn, "items.due_on"));

    private static CommentRoundResponse ToResponse(V1.CommentRound round) => new(
        round.Id,
        round.Version,
        [.. round.Divisions],
        WireValues.ParseDate(round.DueOn, "comment_rounds.due_on"),
        Instant(round.StartedAt, "comment_rounds.started_at"),
        Optional(round.StartedBy),
        round.Comments.Select(c => new CommentResponse(
            c.Id, c.Division, Optional(c.Text), c.NoComment, Optional(c.By), Instant(c.At, "comments.at"), Optional(c.Resolution), Optional(c.ResolutionReason))).ToList(),
        [.. round.PendingDivisions],
        [.. round.LateDivisions],
        round.Status,
        Instant(round.ClosedAt, "comment_rounds.closed_at"),
        Optional(round.ClosedBy),
        Optional(round.CloseReason),
        [.. round.UnansweredDivisions]);

    private static ReviewResponse ToResponse(V1.Review review) => new(
        review.Id,
        review.Kind,
        review.Version,
        review.Decision,
        [.. review.Reasons],
        Optional(review.By),
        Instant(review.At, "reviews.at"),
        review.AddressedByVersion > 0 ? review.AddressedByVersion : null,
        Optional(review.RuleId));

    private static FormalDocumentResponse? ToResponse(V1.FormalDocument? document) => document is not { DocumentNumber.Length: > 0 } ? null : new(
        document.DocumentNumber,
        WireValues.ParseDate(document.IssuedOn, "formal_document.issued_on"),
        Optional(document.RecordedBy),
        Instant(document.RecordedAt, "formal_document.recorded_at"));

    private static MeetingResponse? ToResponse(V1.Meeting? meeting) => meeting is not { At.Length: > 0 } ? null : new(
        meeting.At,
        Optional(meeting.Place),
        [.. meeting.Participants],
        [.. meeting.Agenda],
        [.. meeting.Materials],
        Optional(meeting.ScheduledBy),
        Instant(meeting.ScheduledAt, "meeting.scheduled_at"));

    private static DateTimeOffset? Instant(Timestamp? value, string field) => WireValues.ParseInstant(value, field);

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    /// <summary>List entries as sent, trimmed; validation already refused blank ones.</summary>
    private static IEnumerable<string> Entries(IReadOnlyList<string?>? values) => (values ?? []).OfType<string>().Select(v => v.Trim());
}
