using System.Diagnostics;
using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.LocalInfrastructure.Postgres;

/// <summary>
/// A private PostgreSQL server run from Debian's package as our child process: its own cluster
/// (initdb) in <see cref="RunDirectory"/>, listening on 127.0.0.1:<see cref="Port"/> only, trust
/// authentication (local tests and development only). Stopping it leaves no process behind.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Superuser = "postgres";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly PostgresCommands _commands;
    private readonly bool _ownsRunDirectory;
    private readonly long _exitCleanupId;
    private readonly Lock _stopLock = new();
    private Task? _stop;

    private PostgresServer(PostgresCommands commands, string runDirectory, bool ownsRunDirectory, int port, ChildProcess process)
    {
        _commands = commands;
        RunDirectory = runDirectory;
        _ownsRunDirectory = ownsRunDirectory;
        Port = port;
        Process = process;

        // A cluster is tens of megabytes: a run that ends without a stop should not leave it in /tmp.
        _exitCleanupId = ProcessExitCleanup.Register(CleanUpOnExit);
    }

    public int Port { get; }

    public string RunDirectory { get; }

    public string DataDirectory => _commands.DataDirectory;

    /// <summary>The server process (runuser when we are root, with postgres and its backends below it).</summary>
    public ChildProcess Process { get; }

    public static async Task<PostgresServer> StartAsync(PostgresServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PostgresServerOptions();
        var binaries = PostgresBinaries.EnsureInstalled(options.BinDirectory);
        var runDirectory = RunDirectories.Choose(options.RunDirectory, "huishang-postgres");
        var ownsRunDirectory = options.RunDirectory is null;
        var port = options.Port is 0 ? FreePorts.Next(1)[0] : options.Port;
        var commands = new PostgresCommands(binaries, new PostgresOsUser(options.OsUser), runDirectory);
        ChildProcess process;
        try
        {
            if (!commands.IsInitialised)
            {
                await commands.InitDbAsync(cancellationToken).ConfigureAwait(false);
            }

            process = ChildProcess.Start(commands.Server(options.Name, port) with { Output = options.Output });
        }
        catch when (ownsRunDirectory)
        {
            RunDirectories.DeleteQuietly(runDirectory);
            throw;
        }

        var server = new PostgresServer(commands, runDirectory, ownsRunDirectory, port, process);
        try
        {
            await server.WaitUntilReadyAsync(options.StartTimeout, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.StopCoreAsync(graceful: false, options.StopTimeout).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>An Npgsql connection string for <paramref name="database"/> as the superuser (trust: no password).</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={Superuser};Database={database}";

    /// <summary>Creates an empty database owned by the superuser.</summary>
    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        // createdb quotes the name itself; this only keeps it from being read as an option.
        if (string.IsNullOrEmpty(name) || name[0] == '-' || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"'{name}' is not a database name this helper creates (letters, digits, '_', '-').", nameof(name));
        }

        var result = await _commands.CreateDatabaseAsync(Port, name, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"createdb {name} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.OutputText}");
        }
    }

    /// <summary>The processes of this instance now running: runuser, the postmaster and its backends.</summary>
    public IReadOnlyList<ProcessInfo> RunningProcesses() => Process.Tree();

    /// <summary>Fast shutdown, then anything left is killed; deletes a run directory it created.</summary>
    public Task StopAsync(TimeSpan? timeout = null)
    {
        lock (_stopLock)
        {
            return _stop ??= StopCoreAsync(graceful: true, timeout ?? TimeSpan.FromSeconds(30));
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        CommandResult? lastCheck = null;
        while (true)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL on port {Port} exited with code {Process.Exited.Result} before it was ready. {LastOutput()}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"PostgreSQL on port {Port} was not ready within {timeout.TotalSeconds:0} s "
                    + $"(last check: {lastCheck?.OutputText ?? "none finished"}). {LastOutput()}");
            }

            lastCheck = await _commands.IsReadyAsync(Port, cancellationToken).ConfigureAwait(false);
            if (lastCheck.Succeeded)
            {
                return;
            }

            await Task.WhenAny(Process.Exited, Task.Delay(PollInterval, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task StopCoreAsync(bool graceful, TimeSpan timeout)
    {
        // Remembered before the stop: once runuser exits, anything left is no longer in our tree.
        var started = RunningProcesses();
        try
        {
            await Process.StopAsync(graceful ? FastShutdownAsync : null, timeout).ConfigureAwait(false);
        }
        finally
        {
            foreach (var left in started)
            {
                left.Kill();
            }

            ProcessExitCleanup.Unregister(_exitCleanupId);
            await Process.DisposeAsync().ConfigureAwait(false);
            if (_ownsRunDirectory)
            {
                RunDirectories.DeleteQuietly(RunDirectory);
            }
        }
    }

    private async Task FastShutdownAsync(CancellationToken cancellationToken)
    {
        if (!(await _commands.FastShutdownAsync(cancellationToken).ConfigureAwait(false)).Succeeded)
        {
            // pg_ctl could not stop it (no pid file, no answer): waiting would only use up the timeout.
            Process.Kill();
        }
    }

    // No time for a graceful stop while the runtime exits: kill, then delete the data.
    private void CleanUpOnExit()
    {
        Process.Kill();
        if (_ownsRunDirectory)
        {
            RunDirectories.DeleteQuietly(RunDirectory);
        }
    }

    private string LastOutput() =>
        $"Last output of the server:{Environment.NewLine}{string.Join(Environment.NewLine, Process.LastLines(50))}";
}
