using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Domain;

/// <summary>GX-15 / HB-16(二): the divisions answer by the due date; after it the coordinating division may go on without them.</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// Closes an Open round on the current version once its due date has passed: the silent divisions
    /// are recorded as unanswered, and the round is Answered or Resolved as if they had had no comment.
    /// </summary>
    public void CloseCommentRound(CommentRound round, string reason, DateOnly today, string by, DateTimeOffset now)
    {
        RequireStep(ApprovalStep.DivisionComments, "released from a comment round");
        if (round.Version != CurrentVersion)
        {
            throw new InvalidStateException(
                $"Comment round {round.Number} asked about version {round.Version}, but the draft is now at version {CurrentVersion}: only the current round can be closed.");
        }

        if (round.Status != CommentRoundStatus.Open)
        {
            throw new InvalidStateException(round.IsClosed
                ? $"Comment round {round.Number} is already closed."
                : $"Comment round {round.Number} is {round.Status}: every division has answered, there is nothing to close.");
        }

        if (today <= round.DueOn)
        {
            throw new RuleViolationException("deadline-not-passed", CommentStepRuleId,
                $"Comment round {round.Number} is due on {round.DueOn:yyyy-MM-dd}: the divisions may still answer until then{ClosableFrom(round.DueOn)}.");
        }

        var from = Status;
        round.Close(reason, by, now);
        Changed(from, "comment-round-closed", by, now, $"round {round.Number}: no answer from {string.Join(", ", round.UnansweredDivisions)}");
    }

    // Rounds stored before the due date was capped may be due on DateOnly.MaxValue, which has no next day.
    private static string ClosableFrom(DateOnly dueOn) =>
        dueOn < DateOnly.MaxValue ? $"; it can be closed from {dueOn.AddDays(1):yyyy-MM-dd}" : "";
}
