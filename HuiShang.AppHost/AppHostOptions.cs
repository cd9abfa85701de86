namespace HuiShang.AppHost;

/// <summary>
/// The AppHost's own flags (README); everything else is Aspire's configuration (`--Key=value`),
/// e.g. `--HuiShang:RunDirectory=/tmp/run`, which tests use.
/// </summary>
public sealed record AppHostOptions(bool Postgres, string? RunDirectoryArgument, string[] AspireArgs)
{
    public const string RunDirectoryKey = "HuiShang:RunDirectory";

    public static AppHostOptions Parse(string[] args)
    {
        var postgres = false;
        string? runDirectory = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--postgres":
                    postgres = true;
                    break;
                case "--run-dir" when i + 1 < args.Length:
                    runDirectory = Path.GetFullPath(args[++i]);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new AppHostOptions(postgres, runDirectory, [.. rest]);
    }

    /// <summary>Databases, broker data and the signing key; kept between runs (default: .run/ in the repository).</summary>
    public RunDirectory RunDirectory(IDistributedApplicationBuilder builder) => new(
        RunDirectoryArgument
        ?? builder.Configuration[RunDirectoryKey]
        ?? Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".run")));
}

public sealed record RunDirectory
{
    public RunDirectory(string root)
    {
        Root = root;
        Directory.CreateDirectory(Path.Combine(root, "data"));
    }

    public string Root { get; }

    public string Rabbit => Path.Combine(Root, "rabbitmq");

    public string Postgres => Path.Combine(Root, "postgres");

    public string Database(string service) => Path.Combine(Root, "data", service + ".db");
}
