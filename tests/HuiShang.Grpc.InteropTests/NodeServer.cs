using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace HuiShang.Grpc.InteropTests;

/// <summary>
/// A running <c>tests/interop/server.js</c> (grpc-js). Ready once it printed <c>LISTENING port</c>;
/// its stderr is kept for failure messages and for the <c>CALL id outcome</c> lines of handlers.
/// </summary>
public sealed class NodeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _calls = new();

    private NodeServer(Process process) => _process = process;

    public int Port { get; private set; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static async Task<NodeServer> StartAsync(params string[] extraArguments)
    {
        await NpmInstall.EnsureAsync();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.InteropDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // --stop-on-stdin-close: if this test process dies, the pipe closes and the server follows.
        foreach (var argument in (string[])["server.js", "--port", "0", "--stop-on-stdin-close", .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }

        var server = new NodeServer(new Process { StartInfo = start, EnableRaisingEvents = true });
        try
        {
            await server.StartProcessAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>"completed" or "cancelled": what the grpc-js handler of <paramref name="callId"/> saw.</summary>
    public Task<string> WaitForCallAsync(string callId, TimeSpan timeout) => Call(callId).Task.WaitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        if (!HasExited())
        {
            // Closing stdin asks for a clean shutdown; a server that does not go is killed.
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private async Task StartProcessAsync()
    {
        _process.OutputDataReceived += (_, e) => OnStdout(e.Data);
        _process.ErrorDataReceived += (_, e) => OnStderr(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(
            new InvalidOperationException($"server.js exited with code {_process.ExitCode} before listening.\n{StandardError}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            Port = await _listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"server.js printed no LISTENING line within {StartTimeout}.\n{StandardError}");
        }
    }

    private void OnStdout(string? line)
    {
        if (line?.StartsWith("LISTENING ", StringComparison.Ordinal) == true && int.TryParse(line["LISTENING ".Length..], out var port))
        {
            _listening.TrySetResult(port);
        }
    }

    private void OnStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.AppendLine(line);
        }

        var parts = line.Split(' ');
        if (parts is ["CALL", var callId, var outcome])
        {
            Call(callId).TrySetResult(outcome);
        }
    }

    private TaskCompletionSource<string> Call(string callId) =>
        _calls.GetOrAdd(callId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));

    private bool HasExited()
    {
        try
        {
            return _process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true; // never started
        }
    }
}
