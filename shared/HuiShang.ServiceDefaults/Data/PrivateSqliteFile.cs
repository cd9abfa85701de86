using Microsoft.Data.Sqlite;

namespace HuiShang.ServiceDefaults.Data;

/// <summary>
/// Issue 12, finding 8: SQLite creates a missing database file with the process umask (0644, readable
/// by every local user), and the file holds every record of the service. So the file is created here,
/// owner-only (0600), before EF or SQLite opens it; SQLite gives its journal and WAL files the
/// database file's mode. A file left world-readable by an earlier version is tightened as well.
/// </summary>
internal static class PrivateSqliteFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] Companions = ["", "-journal", "-wal", "-shm"];

    public static void Prepare(string connectionString)
    {
        var settings = new SqliteConnectionStringBuilder(connectionString);
        var source = settings.DataSource;
        if (OperatingSystem.IsWindows() || settings.Mode == SqliteOpenMode.Memory || source is "" or ":memory:" || source.StartsWith("file:", StringComparison.Ordinal))
        {
            return; // Windows has no modes; memory and URI sources are not files we name.
        }

        var path = Path.GetFullPath(source);
        if (!Directory.Exists(Path.GetDirectoryName(path)))
        {
            return; // SQLite reports the unopenable database when it is used, as it always has.
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there (an earlier run, or a replica that won the race): tighten it below.
        }

        foreach (var file in Companions.Select(suffix => path + suffix).Where(File.Exists))
        {
            File.SetUnixFileMode(file, OwnerOnly);
        }
    }
}
