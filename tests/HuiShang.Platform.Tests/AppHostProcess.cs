using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HuiShang.Platform.Tests;

/// <summary>
/// The built AppHost run as a user runs it (its own process, its own run folder), with the dashboard
/// on ports the OS assigns and the resources' ports randomised by DCP, so it never races another run.
/// </summary>
public sealed partial class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _gateway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> _dashboard = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<int> _seen = [];

    private AppHostProcess(Process process, string runDirectory)
    {
        _process = process;
        RunDirectory = runDirectory;
    }

    public string RunDirectory { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The built AppHost binary itself.</summary>
    public static AppHostProcess Start(string runDirectory) => Start(new ProcessStartInfo(AppHostBinary()), runDirectory);

    /// <summary>
    /// As the README's first command does it: `dotnet run --project HuiShang.AppHost` (no build: the
    /// test run built it; no launch profile: its fixed dashboard ports are replaced below).
    /// </summary>
    public static AppHostProcess StartWithDotnetRun(string runDirectory)
    {
        var start = new ProcessStartInfo("dotnet");
        foreach (var arg in new[] { "run", "--no-build", "--no-launch-profile", "-c", Configuration, "--project", Path.Combine(RepositoryRoot(), "HuiShang.AppHost"), "--" })
        {
            start.ArgumentList.Add(arg);
        }

        return Start(start, runDirectory);
    }

    private static AppHostProcess Start(ProcessStartInfo start, string runDirectory)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetDirectoryName(AppHostBinary());
        foreach (var arg in new[] { "--run-dir", runDirectory, "--DcpPublisher:RandomizePorts=true" })
        {
            start.ArgumentList.Add(arg);
        }

        // What launchSettings.json gives `dotnet run`, on ports the OS picks.
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://127.0.0.1:0";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://127.0.0.1:0";
        // No login for the test (loopback only), which also opens the dashboard's telemetry API to it.
        start.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";

        var process = new Process { StartInfo = start };
        var appHost = new AppHostProcess(process, runDirectory);
        process.OutputDataReceived += (_, e) => appHost.Read(e.Data);
        process.ErrorDataReceived += (_, e) => appHost.Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return appHost;
    }

    /// <summary>The gateway's address, once the AppHost announces that the platform is running.</summary>
    public async Task<Uri> GatewayAsync(TimeSpan timeout)
    {
        var done = await Task.WhenAny(_gateway.Task, _process.WaitForExitAsync(), Task.Delay(timeout));
        Assert.True(done == _gateway.Task, "The AppHost did not announce the gateway:\n" + Output());
        return await _gateway.Task;
    }

    /// <summary>The dashboard's address (the first "Now listening on" the AppHost prints is the dashboard's).</summary>
    public Task<Uri> DashboardAsync(TimeSpan timeout) => _dashboard.Task.WaitAsync(timeout);

    /// <summary>
    /// Every process of this platform: the started process's tree, DCP (detached, watching the
    /// AppHost's PID), whatever runs with this run folder in its command line or environment
    /// (RabbitMQ, epmd, the services), and every process found so by an earlier call that is
    /// still alive (after a SIGKILL, orphans are re-parented and no longer look like ours).
    /// </summary>
    public IReadOnlyList<int> PlatformProcesses()
    {
        var self = Environment.ProcessId;
        var alive = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != self)
            .ToList();
        lock (_seen)
        {
            _seen.IntersectWith(alive);
            _seen.Add(Id);
            // Two passes: a child found in the first makes its own children (and DCP's --monitor of it) ours.
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var pid in alive.Where(Belongs))
                {
                    _seen.Add(pid);
                }
            }

            return [.. _seen.Where(alive.Contains)];
        }
    }

    public void Signal(string signal) =>
        Process.Start("kill", [$"-{signal}", Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();

    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal("TERM");
            await ExitCodeAsync(TimeSpan.FromMinutes(1)).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _process.Dispose();
    }

    private bool Belongs(int pid)
    {
        try
        {
            var command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return command.Contains(RunDirectory, StringComparison.Ordinal)
                || _seen.Any(known => command.Contains($"--monitor {known} ", StringComparison.Ordinal))
                || _seen.Contains(ParentOf(pid))
                || File.ReadAllText($"/proc/{pid}/environ").Contains(RunDirectory, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // gone meanwhile
        }
    }

    private static int ParentOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (GatewayLine().Match(line) is { Success: true } gateway)
        {
            _gateway.TrySetResult(new Uri(gateway.Groups[1].Value));
        }

        if (ListeningLine().Match(line) is { Success: true } dashboard)
        {
            _dashboard.TrySetResult(new Uri(dashboard.Groups[1].Value));
        }
    }

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string AppHostBinary() => Path.Combine(RepositoryRoot(), "HuiShang.AppHost", "bin", Configuration, "net10.0", "HuiShang.AppHost");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HuiShang.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"HuiShang is running: gateway (http://[^ ]+) ")]
    private static partial Regex GatewayLine();

    [GeneratedRegex(@"Now listening on: (http://[^\s]+)")]
    private static partial Regex ListeningLine();
}
