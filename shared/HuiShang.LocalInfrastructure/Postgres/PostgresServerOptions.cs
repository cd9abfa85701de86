namespace HuiShang.LocalInfrastructure.Postgres;

/// <summary>How to start a private PostgreSQL server. A port left at 0 is chosen free.</summary>
public sealed record PostgresServerOptions
{
    /// <summary>Output prefix, e.g. <c>[postgres] ...</c>.</summary>
    public string Name { get; init; } = "postgres";

    /// <summary>Null: the highest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>.</summary>
    public string? BinDirectory { get; init; }

    public int Port { get; init; }

    /// <summary>Null: a new temp directory, deleted on stop. A given directory is kept.</summary>
    public string? RunDirectory { get; init; }

    /// <summary>The OS user that runs initdb and the server when we are root (PostgreSQL refuses root).</summary>
    public string OsUser { get; init; } = "postgres";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Receives each prefixed output line of the server; null writes to the console.</summary>
    public Action<string>? Output { get; init; }
}
