namespace HuiShang.Evaluation.Scanning;

/// <summary>Configuration section "Evaluation": how often the overdue scan runs.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);
}
