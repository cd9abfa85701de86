namespace HuiShang.AppHost;

/// <summary>Command line of the launcher.</summary>
public sealed record AppHostOptions
{
    /// <summary>Also start a private PostgreSQL and run every service on it (default: embedded SQLite).</summary>
    public bool Postgres { get; init; }

    /// <summary>Where databases, broker data and logs live; kept between runs.</summary>
    public string RunDirectory { get; init; } = "";

    /// <summary>Use free ports instead of the documented defaults (tests, or a second instance).</summary>
    public bool FreePorts { get; init; }

    /// <summary>Extra variables for every child (not from the command line: tests set telemetry export here).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public static AppHostOptions Parse(string[] args, string repositoryRoot)
    {
        var options = new AppHostOptions { RunDirectory = Path.Combine(repositoryRoot, ".run") };
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--postgres" => options with { Postgres = true },
                "--free-ports" => options with { FreePorts = true },
                "--run-dir" when i + 1 < args.Length => options with { RunDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--postgres] [--free-ports] [--run-dir <dir>]"),
            };
        }

        return options;
    }
}
