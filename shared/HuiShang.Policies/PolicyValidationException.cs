namespace HuiShang.Policies;

/// <summary>Thrown at load with every problem found, one per line as "file: JSON path: reason".</summary>
public sealed class PolicyValidationException(string directory, IReadOnlyList<PolicyProblem> problems)
    : Exception($"{problems.Count} problem(s) in the policy profiles under {directory}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<PolicyProblem> Problems { get; } = problems;
}
