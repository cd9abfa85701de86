using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// A server started for the benchmark. It is ready once it prints <c>LISTENING &lt;port&gt;</c>, and it
/// is killed by PID when disposed, on Ctrl+C and on process exit, so no server outlives a run.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly ConcurrentDictionary<int, Process> Live = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastErrors = new();

    static ChildProcess()
    {
        Console.CancelKeyPress += (_, _) => KillAll();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Port { get; private set; }

    /// <summary>CPU time the child used so far (all its threads), to charge each scenario its server cost.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ChildProcess> StartAsync(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan readyTimeout)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}: {fileName}.");
        Live[process.Id] = process;
        var child = new ChildProcess(name, process);
        process.ErrorDataReceived += (_, e) => child.KeepError(e.Data);
        process.BeginErrorReadLine();
        try
        {
            child.Port = await child.WaitForListeningAsync().WaitAsync(readyTimeout);
        }
        catch (Exception ex)
        {
            await child.DisposeAsync();
            throw new InvalidOperationException($"{name} did not print 'LISTENING <port>' ({ex.Message}). Its stderr: {child.LastErrors}", ex);
        }

        return child;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Live.TryRemove(_process.Id, out _))
        {
            return;
        }

        Terminate(_process);
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            ForceKill(_process);
        }

        _process.Dispose();
    }

    private string LastErrors => string.Join(Environment.NewLine, _lastErrors);

    private async Task<int> WaitForListeningAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is ["LISTENING", var port] && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                // Keep draining stdout so a chatty server never blocks on a full pipe.
                _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                return value;
            }
        }

        throw new InvalidOperationException($"it exited with code {(_process.WaitForExit(1000) ? _process.ExitCode : -1)}");
    }

    private void KeepError(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastErrors.Enqueue(line);
        while (_lastErrors.Count > 20)
        {
            _lastErrors.TryDequeue(out _);
        }
    }

    /// <summary>SIGTERM first (both servers stop cleanly on it); whatever is left gets SIGKILL.</summary>
    private static void Terminate(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                _ = Kill(process.Id, SigTerm);
                process.StandardInput.Close();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // Already gone.
        }
    }

    private static void ForceKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It exited in the meantime.
        }
    }

    private static void KillAll()
    {
        foreach (var (pid, process) in Live)
        {
            if (Live.TryRemove(pid, out _))
            {
                Terminate(process);
                if (!process.WaitForExit(2000))
                {
                    ForceKill(process);
                }
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
