using System.Diagnostics;
using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.LocalInfrastructure.RabbitMq;

/// <summary>
/// A private RabbitMQ node run from Debian's package as our child process: own ports, own epmd,
/// own data under <see cref="RunDirectory"/>, nothing shared with a system install or another
/// instance. Stopping it leaves no process behind.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly RabbitMqNode _node;
    private readonly RabbitMqCli _cli;
    private readonly bool _ownsRunDirectory;
    private readonly long _exitCleanupId;
    private readonly Lock _stopLock = new();
    private Task? _stop;

    private RabbitMqServer(RabbitMqNode node, RabbitMqBinaries binaries, bool ownsRunDirectory, ChildProcess process)
    {
        _node = node;
        _cli = new RabbitMqCli(node, binaries, process.Name);
        _ownsRunDirectory = ownsRunDirectory;
        Process = process;

        // epmd daemonises out of our process tree, so killing the tree on exit would miss it.
        _exitCleanupId = ProcessExitCleanup.Register(CleanUpOnExit);
    }

    public string NodeName => _node.NodeName;

    public int AmqpPort => _node.AmqpPort;

    public int DistPort => _node.DistPort;

    public int EpmdPort => _node.EpmdPort;

    public string RunDirectory => _node.RunDirectory;

    /// <summary>The <c>rabbitmq-server</c> script process; its tree holds beam.smp and erl_child_setup.</summary>
    public ChildProcess Process { get; }

    /// <summary>The default guest user, which RabbitMQ allows from loopback only (as here).</summary>
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/";

    public static async Task<RabbitMqServer> StartAsync(RabbitMqServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RabbitMqServerOptions();
        var binaries = RabbitMqBinaries.EnsureInstalled(options.BinDirectory, options.EpmdPath);
        var node = RabbitMqNode.For(options);
        var ownsRunDirectory = options.RunDirectory is null;
        ChildProcess process;
        try
        {
            node.WriteFiles();
            process = ChildProcess.Start(new ChildProcessOptions
            {
                Name = options.Name,
                FileName = binaries.Server,
                Environment = node.Environment(),
                WorkingDirectory = node.RunDirectory,
                Output = options.Output,
            });
        }
        catch when (ownsRunDirectory)
        {
            RunDirectories.DeleteQuietly(node.RunDirectory);
            throw;
        }

        var server = new RabbitMqServer(node, binaries, ownsRunDirectory, process);
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

    /// <summary>
    /// The processes of this instance now running: the script, beam.smp, erl_child_setup and
    /// its helpers, and the private epmd.
    /// </summary>
    public IReadOnlyList<ProcessInfo> RunningProcesses() => [.. Process.Tree(), .. FindEpmd()];

    /// <summary>Stops the node, its epmd and any process left of it; deletes a run directory it created.</summary>
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
                    $"RabbitMQ node {NodeName} exited with code {Process.Exited.Result} before it was ready. {LastOutput()}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"RabbitMQ node {NodeName} was not ready within {timeout.TotalSeconds:0} s "
                    + $"(last check: {lastCheck?.OutputText ?? "none finished"}). {LastOutput()}");
            }

            // Each CLI call boots an Erlang VM (about a CPU second); on two shared cores, polling
            // with it from the start slows the very boot it waits for. The AMQP listener opens
            // near the end of the boot, so a cheap connect gates the CLI check.
            if (!await LoopbackPort.AcceptsConnectionsAsync(AmqpPort).ConfigureAwait(false))
            {
                await Task.WhenAny(Process.Exited, Task.Delay(PollInterval, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                continue;
            }

            try
            {
                lastCheck = await _cli.CheckPortConnectivityAsync(cancellationToken).ConfigureAwait(false);
                if (lastCheck.Succeeded)
                {
                    return;
                }
            }
            catch (TimeoutException)
            {
                // A CLI call can hang while the node boots on a busy machine; the overall timeout decides.
            }

            await Task.WhenAny(Process.Exited, Task.Delay(PollInterval, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task StopCoreAsync(bool graceful, TimeSpan timeout)
    {
        // Remembered before the stop: once the script exits, its children are re-parented and no
        // longer found through our tree.
        var started = RunningProcesses();
        try
        {
            await Process.StopAsync(graceful ? StopNodeAsync : null, timeout).ConfigureAwait(false);
            await KillEpmdAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var left in started.Concat(FindEpmd()))
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

    private async Task StopNodeAsync(CancellationToken cancellationToken)
    {
        if (!(await _cli.StopNodeAsync(cancellationToken).ConfigureAwait(false)).Succeeded)
        {
            // The node does not answer its CLI: waiting for it to stop by itself would only use up the timeout.
            Process.Kill();
        }
    }

    private async Task KillEpmdAsync()
    {
        try
        {
            await _cli.KillEpmdAsync().ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Killed by PID afterwards.
        }
    }

    // No time for a graceful stop while the runtime exits: kill, then delete the data.
    private void CleanUpOnExit()
    {
        Process.Kill();
        foreach (var epmd in FindEpmd())
        {
            epmd.Kill();
        }

        if (_ownsRunDirectory)
        {
            RunDirectories.DeleteQuietly(RunDirectory);
        }
    }

    // Our epmd inherited HOME=<run directory> from the node, which no other process has.
    private IReadOnlyList<ProcessInfo> FindEpmd() => ProcessTable.FindByEnvironment("epmd", $"HOME={RunDirectory}");

    private string LastOutput() =>
        $"Last output of the server:{Environment.NewLine}{string.Join(Environment.NewLine, Process.LastLines(50))}";
}
