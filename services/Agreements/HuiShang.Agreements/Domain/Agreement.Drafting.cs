using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Domain;

/// <summary>Versions and the division comment rounds (GX-14, GX-15, HB-16(二)).</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// A new immutable version. Drafting is open in the comment and director steps, and wherever a return
    /// or objection waits for a version; after that the approved text changes only through review.
    /// </summary>
    public AgreementVersion AddVersion(int expectedVersion, VersionDraft draft, string by, DateTimeOffset now)
    {
        RequireNotSigned("edited");
        if (expectedVersion != CurrentVersion)
        {
            throw new ConcurrencyConflictException(
                $"The agreement is at version {CurrentVersion}, not {expectedVersion}: someone else saved a version; reload it and try again.");
        }

        var step = Step!.Step;
        if (step is not (ApprovalStep.DivisionComments or ApprovalStep.DirectorsOfficeMeeting) && OpenRefusal is null)
        {
            throw new InvalidStateException($"A {Status} agreement cannot be edited: an approved version can only change by returning it through review.");
        }

        var round = draft.CommentRoundId is { } roundId ? RoundAnsweredBy(roundId, step) : null;
        var review = draft.AddressesReviewId is { } reviewId ? RefusalAddressedBy(reviewId) : null;

        var from = Status;
        var version = AgreementVersion.Create(Id, CurrentVersion + 1, draft, by, now);
        CurrentVersion = version.Number;
        round?.AnsweredBy(version.Number);
        review?.AddressedBy(version.Number);
        if (round is not null)
        {
            // GX-15: the version answering a resolved round is the 建议稿; the comment step is done.
            CompleteStep();
        }

        Changed(from, "create-version", by, now, draft.Note);
        return version;
    }

    public CommentRound StartCommentRound(int version, IReadOnlyList<string> divisions, DateOnly dueOn, string by, DateTimeOffset now)
    {
        RequireStep(ApprovalStep.DivisionComments, "sent for comments");
        var number = RequireCurrentVersion(version, "sent for comments");
        if (number <= LastObjectedVersion)
        {
            throw new InvalidStateException(
                $"The city leaders objected to version {LastObjectedVersion}: create a new version before asking the divisions again.");
        }

        if (HasOpenRound)
        {
            throw new InvalidStateException("A comment round on this version is still open: resolve it first.");
        }

        var from = Status;
        var round = CommentRound.Start(Id, _rounds.Count + 1, number, divisions, dueOn, by, now);
        _rounds.Add(round);
        Changed(from, "start-comment-round", by, now, $"{string.Join(", ", divisions)} by {dueOn:yyyy-MM-dd}");
        return round;
    }

    public Comment AddComment(CommentRound round, string division, string? text, bool noComment, string by, DateTimeOffset now)
    {
        RequireNotSigned("commented on");
        if (!round.Divisions.Contains(division, StringComparer.Ordinal))
        {
            throw new InvalidStateException($"Division '{division}' was not asked in this comment round.");
        }

        if (round.IsClosed)
        {
            throw new InvalidStateException(
                $"Comment round {round.Number} was closed after its due date {round.DueOn:yyyy-MM-dd}: it takes no more comments.");
        }

        if (round.Version != CurrentVersion)
        {
            throw new RuleViolationException("version-superseded", CommentStepRuleId,
                $"The round asked about version {round.Version}, but the draft is now at version {CurrentVersion}: comments attach to the current version.");
        }

        if (round.Comments.Any(c => c.Division == division))
        {
            throw new InvalidStateException($"Division '{division}' has already answered this comment round.");
        }

        var from = Status;
        var comment = round.Add(division, text, noComment, by, now);
        Changed(from, noComment ? "no-comment" : "comment", by, now, division);
        return comment;
    }

    public void ResolveComments(CommentRound round, IReadOnlyList<CommentDecision> decisions, string by, DateTimeOffset now)
    {
        RequireStep(ApprovalStep.DivisionComments, "changed by resolving comments");
        if (round.Version != CurrentVersion || round.AnsweredByVersion != 0)
        {
            throw new InvalidStateException(
                $"Comment round {round.Number} asked about version {round.Version}, but the draft is now at version {CurrentVersion}: only the current round can be resolved.");
        }

        if (round.Status == CommentRoundStatus.Resolved)
        {
            throw new InvalidStateException("Every comment of this round is already resolved.");
        }

        var errors = decisions
            .Select(d => round.FindComment(d.CommentId) switch
            {
                null => new KeyValuePair<string, string>($"resolutions[{d.Index}].commentId", "No comment of this round has this id."),
                { NoComment: true } => new KeyValuePair<string, string>($"resolutions[{d.Index}]", "This answer is \"no comment\": there is nothing to resolve."),
                _ => default,
            })
            .Where(e => e.Key is not null)
            .ToList();
        if (errors.Count > 0)
        {
            throw new DomainValidationException("Some resolutions name comments of this round that cannot be resolved.", errors);
        }

        var from = Status;
        foreach (var decision in decisions)
        {
            round.FindComment(decision.CommentId)!.Resolve(decision.Resolution, decision.Reason);
        }

        Changed(from, "resolve-comments", by, now, $"round {round.Number}: {decisions.Count} resolved");
    }

    private CommentRound RoundAnsweredBy(Guid roundId, ApprovalStep step)
    {
        var round = FindRound(roundId)
            ?? throw DomainValidationException.For("commentRoundId", "No comment round of this agreement has this id.");
        if (step != ApprovalStep.DivisionComments)
        {
            throw new InvalidStateException("The comment step is already complete: a version can no longer answer a comment round.");
        }

        if (round.Version != CurrentVersion)
        {
            // An old resolved round must not complete the step while the version being revised has its own round.
            throw new InvalidStateException(
                $"Comment round {round.Number} asked about version {round.Version}, but the draft is now at version {CurrentVersion}: answer the round on the current version.");
        }

        if (round.Status != CommentRoundStatus.Resolved)
        {
            throw new InvalidStateException($"Comment round {round.Number} is {round.Status}: resolve every comment before answering it with a version.");
        }

        if (round.AnsweredByVersion != 0 || round.Version <= LastObjectedVersion)
        {
            throw new InvalidStateException($"Comment round {round.Number} belongs to an earlier draft: ask the divisions about the current one.");
        }

        return round;
    }

    private Review RefusalAddressedBy(Guid reviewId)
    {
        var review = FindReview(reviewId)
            ?? throw DomainValidationException.For("addressesReviewId", "No review of this agreement has this id.");
        if (!review.IsRefusal)
        {
            throw new InvalidStateException("An approval needs no answer: only a return or an objection can be addressed.");
        }

        if (review.AddressedByVersion != 0)
        {
            throw new InvalidStateException($"That review was already addressed by version {review.AddressedByVersion}.");
        }

        return review;
    }
}
