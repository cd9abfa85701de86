using System.Globalization;
using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.LocalInfrastructure.Postgres;

/// <summary>initdb, pg_isready, createdb and pg_ctl for one private cluster.</summary>
internal sealed class PostgresCommands(PostgresBinaries binaries, PostgresOsUser osUser, string runDirectory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public string DataDirectory { get; } = Path.Combine(runDirectory, "data");

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public async Task InitDbAsync(CancellationToken cancellationToken)
    {
        await osUser.CreatePrivateDirectoryAsync(runDirectory, cancellationToken).ConfigureAwait(false);

        // Locale C with UTF-8: the same sorting on every machine, no dependency on installed locales.
        // --no-sync: a throwaway cluster does not need initdb's fsync of every file.
        var result = await RunAsync(binaries.InitDb, [
            "-D", DataDirectory, "-U", PostgresServer.Superuser, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions",
        ], cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"initdb failed with exit code {result.ExitCode}:{Environment.NewLine}{result.OutputText}");
        }
    }

    /// <summary>The server in the foreground, so its log streams through our output and its exit is seen.</summary>
    public ChildProcessOptions Server(string name, int port) => osUser.Command(name, binaries.Postgres, [
        "-D", DataDirectory,
        "-c", "listen_addresses=127.0.0.1",
        "-p", Port(port),

        // The Unix socket goes to our directory, not /var/run/postgresql (root-owned, shared).
        "-k", runDirectory,
    ], runDirectory);

    /// <summary>Exit code 0 means accepting connections; 1 (starting up) and 2 (no answer) mean wait.</summary>
    public Task<CommandResult> IsReadyAsync(int port, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            new ChildProcessOptions { Name = "pg_isready", FileName = binaries.PgIsReady, Arguments = ["-h", "127.0.0.1", "-p", Port(port), "-t", "2"] },
            Timeout,
            cancellationToken);

    public Task<CommandResult> CreateDatabaseAsync(int port, string name, CancellationToken cancellationToken) =>
        RunAsync(binaries.CreateDb, ["-h", "127.0.0.1", "-p", Port(port), "-U", PostgresServer.Superuser, name], cancellationToken);

    /// <summary>Fast shutdown: clients are disconnected, no crash recovery needed. -w waits until the postmaster has finished.</summary>
    public Task<CommandResult> FastShutdownAsync(CancellationToken cancellationToken) =>
        RunAsync(binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w"], cancellationToken);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(osUser.Command(Path.GetFileName(fileName), fileName, arguments, runDirectory), Timeout, cancellationToken);
}
