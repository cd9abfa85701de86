using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.AppHost;

/// <summary>A running service or the gateway: migrated first (run-once step), then started and watched.</summary>
public sealed class HostProcess(HostDefinition host, ChildProcess process, string assembly, IReadOnlyDictionary<string, string?> environment) : IAsyncDisposable
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    public HostDefinition Host { get; } = host;

    public ChildProcess Process { get; } = process;

    public string Assembly { get; } = assembly;

    public IReadOnlyDictionary<string, string?> Environment { get; } = environment;

    /// <summary>Applies the host's migrations with `--migrate` and fails with its output if that fails.</summary>
    public static async Task MigrateAsync(HostDefinition host, string assembly, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var result = await CommandRunner.RunAsync(Options($"{host.Name}-migrate", assembly, ["--migrate"], environment), MigrationTimeout, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Migrating {host.Name} failed (exit {result.ExitCode}):{System.Environment.NewLine}{result.OutputText}");
        }
    }

    public static HostProcess Start(HostDefinition host, string assembly, IReadOnlyDictionary<string, string?> environment)
    {
        var process = ChildProcess.Start(Options(host.Name, assembly, [], environment));
        process.ExitedUnexpectedly += (child, code) => Log.AppHost($"{child.Name} exited unexpectedly with code {code}; the platform keeps running without it. Last lines:{System.Environment.NewLine}  " + string.Join(System.Environment.NewLine + "  ", child.LastLines(10)));
        return new HostProcess(host, process, assembly, environment);
    }

    /// <summary>Polls /health/ready until it answers 200 (database and broker reachable).</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"{Host.Name} exited during start-up:{System.Environment.NewLine}{string.Join(System.Environment.NewLine, Process.LastLines(30))}");
            }

            try
            {
                using var response = await http.GetAsync(Host.ReadinessUrl, deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{Host.Name} was not ready within {timeout.TotalSeconds:0} s ({Host.ReadinessUrl}).");
            }

            await Task.Delay(250, deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>SIGTERM (graceful host shutdown), then SIGKILL of the tree if it is still there.</summary>
    public ValueTask DisposeAsync() => new(Process.StopAsync(_ =>
    {
        UnixSignals.Terminate(Process.Id);
        return Task.CompletedTask;
    }, StopTimeout));

    private static ChildProcessOptions Options(string name, string assembly, string[] extraArguments, IReadOnlyDictionary<string, string?> environment) => new()
    {
        Name = name,
        FileName = "dotnet",
        Arguments = [assembly, .. extraArguments],
        Environment = environment,
        WorkingDirectory = Path.GetDirectoryName(assembly),
        Output = Log.Line,
    };
}
