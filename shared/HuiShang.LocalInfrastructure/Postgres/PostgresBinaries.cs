namespace HuiShang.LocalInfrastructure.Postgres;

/// <summary>The PostgreSQL programs this library calls, all from one version's bin directory.</summary>
public sealed record PostgresBinaries(string BinDirectory)
{
    public const string AptPackage = "postgresql";

    // Debian installs each major version side by side; postgresql-common's wrappers in /usr/bin
    // pick clusters from /etc, which ours are not, so the real programs are called directly.
    private const string VersionsRoot = "/usr/lib/postgresql";

    private static readonly string[] Programs = ["initdb", "postgres", "pg_ctl", "pg_isready", "createdb", "psql"];

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string Postgres => Path.Combine(BinDirectory, "postgres");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    public string PgIsReady => Path.Combine(BinDirectory, "pg_isready");

    public string CreateDb => Path.Combine(BinDirectory, "createdb");

    public string Psql => Path.Combine(BinDirectory, "psql");

    /// <summary>
    /// <paramref name="binDirectory"/>, or the highest installed version's; throws
    /// <see cref="InfrastructureNotInstalledException"/> naming the apt package when a program is missing.
    /// </summary>
    public static PostgresBinaries EnsureInstalled(string? binDirectory = null)
    {
        var binaries = new PostgresBinaries(binDirectory ?? HighestVersionBinDirectory());
        foreach (var program in Programs)
        {
            var path = Path.Combine(binaries.BinDirectory, program);
            if (!File.Exists(path))
            {
                throw new InfrastructureNotInstalledException(AptPackage, path);
            }
        }

        return binaries;
    }

    private static string HighestVersionBinDirectory()
    {
        var versions = Directory.Exists(VersionsRoot)
            ? Directory.GetDirectories(VersionsRoot)
                .Select(d => (Directory: d, Version: decimal.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version >= 0 && File.Exists(Path.Combine(d.Directory, "bin", "initdb")))
                .OrderByDescending(d => d.Version)
                .ToArray()
            : [];
        return versions.Length > 0
            ? Path.Combine(versions[0].Directory, "bin")
            : throw new InfrastructureNotInstalledException(AptPackage, $"{VersionsRoot}/<version>/bin/initdb");
    }
}
