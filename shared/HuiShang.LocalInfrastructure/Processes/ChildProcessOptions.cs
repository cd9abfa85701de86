using System.Diagnostics;

namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>What to start and where its output goes.</summary>
public sealed record ChildProcessOptions
{
    /// <summary>Short name put in front of every output line: <c>[name] line</c>.</summary>
    public required string Name { get; init; }

    public required string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Variables to set on top of the inherited environment; a null value removes one.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public string? WorkingDirectory { get; init; }

    /// <summary>Receives each prefixed stdout/stderr line; null writes to the console.</summary>
    public Action<string>? Output { get; init; }

    /// <summary>How many of the last output lines are kept for error messages.</summary>
    public int KeepLines { get; init; } = 200;

    internal ProcessStartInfo ToStartInfo()
    {
        // setsid(1) execs in place (same PID) because our child is not a process-group leader.
        var inSession = NewSession && File.Exists(SetSid);
        var info = new ProcessStartInfo(inSession ? SetSid : FileName, inSession ? [FileName, .. Arguments] : Arguments)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory ?? "",
        };
        foreach (var (key, value) in Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }

    /// <summary>
    /// Start in a session of its own (setsid): a Ctrl+C at the terminal then reaches only us, and
    /// we stop children in our order, instead of every process of the group dying at once.
    /// </summary>
    public bool NewSession { get; init; } = true;

    private const string SetSid = "/usr/bin/setsid";
}
