namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>How a short command ended and what it printed (stdout and stderr, interleaved).</summary>
public sealed record CommandResult(int ExitCode, IReadOnlyList<string> Output)
{
    public bool Succeeded => ExitCode == 0;

    public string OutputText => string.Join(Environment.NewLine, Output);
}
