namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// A policy rule refused the step: the problem type (cap-exceeded, quota-full, …), the rule id of
/// domain.md, and for missing or wrong data the API field paths concerned.
/// </summary>
public sealed class RuleViolationException(
    string problemType,
    string ruleId,
    string detail,
    IReadOnlyList<KeyValuePair<string, string>>? fieldErrors = null,
    IReadOnlyDictionary<string, string>? figures = null)
    : Exception(detail)
{
    public string ProblemType { get; } = problemType;

    public string RuleId { get; } = ruleId;

    /// <summary>Non-empty: the request lacked data the rule needs (INVALID_ARGUMENT, validation).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FieldErrors { get; } = fieldErrors ?? [];

    /// <summary>The figures the rule compared (cap, committed, requested …), sent as ErrorInfo metadata.</summary>
    public IReadOnlyDictionary<string, string> Figures { get; } = figures ?? new Dictionary<string, string>();

    /// <summary>The rule needs data the request lacks: a validation problem that still names the rule.</summary>
    public static RuleViolationException Validation(string ruleId, string detail, IEnumerable<KeyValuePair<string, string>> fieldErrors) =>
        new("validation", ruleId, detail, fieldErrors.ToList());
}
