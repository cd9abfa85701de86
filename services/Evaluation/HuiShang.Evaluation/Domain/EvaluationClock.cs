namespace HuiShang.Evaluation.Domain;

/// <summary>
/// The keyed <see cref="TimeProvider"/> whose date the tracking rules use (due dates, late, overdue).
/// Keyed apart from the host's clock, which also stamps and validates tokens.
/// </summary>
public static class EvaluationClock
{
    public const string Key = "evaluation-clock";
}
