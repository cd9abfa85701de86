using System.Diagnostics;

namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>
/// A process we started and own: its output is streamed line by line with a name prefix, the last
/// lines are kept for error messages, an exit nobody asked for is reported, and disposing kills
/// the whole process tree. Registered with <see cref="ProcessExitCleanup"/> until it has exited.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    // After the exit, how long to wait for the pipes to deliver the last lines. A grandchild that
    // inherited stdout can hold the pipe open much longer; its lines are then not waited for.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly OutputTail _tail;
    private readonly Action<string> _output;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _cleanupId;
    private volatile bool _stopRequested;

    private ChildProcess(ChildProcessOptions options)
    {
        Name = options.Name;
        _tail = new OutputTail(options.KeepLines);
        _output = options.Output ?? Console.WriteLine;
        _process = new Process { StartInfo = options.ToStartInfo(), EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, _stdoutClosed);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, _stderrClosed);
        _process.Exited += (_, _) => _ = OnExitedAsync();
        try
        {
            _process.Start();
        }
        catch
        {
            _process.Dispose();
            throw;
        }

        Id = _process.Id;
        _cleanupId = ProcessExitCleanup.Register(KillTree);

        // Nobody types into a server: closing stdin gives EOF instead of sharing our terminal.
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Raised (on a thread-pool thread) when the process exits without <see cref="StopAsync"/>, <see cref="Kill"/> or dispose.</summary>
    public event Action<ChildProcess, int>? ExitedUnexpectedly;

    public string Name { get; }

    public int Id { get; }

    /// <summary>Completes with the exit code once the process has exited and its output is read.</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public static ChildProcess Start(ChildProcessOptions options) => new(options);

    /// <summary>The last <paramref name="count"/> output lines, without the name prefix.</summary>
    public IReadOnlyList<string> LastLines(int count = 50) => _tail.Last(count);

    /// <summary>The running processes of this tree right now (this one and all its descendants).</summary>
    public IReadOnlyList<ProcessInfo> Tree() => ProcessTable.TreeOf(Id);

    /// <summary>
    /// Runs <paramref name="graceful"/> (e.g. a CLI stop command), waits up to
    /// <paramref name="timeout"/> for the exit, then kills the tree if it is still there.
    /// </summary>
    public async Task StopAsync(Func<CancellationToken, Task>? graceful, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        _stopRequested = true;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            if (graceful is not null && !HasExited)
            {
                await graceful(deadline.Token).ConfigureAwait(false);
            }

            await Exited.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Graceful stop took too long: fall through to the kill.
        }
        finally
        {
            await KillAndWaitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>SIGKILL to the process and every descendant, by PID.</summary>
    public void Kill()
    {
        _stopRequested = true;
        KillTree();
    }

    public async ValueTask DisposeAsync()
    {
        _stopRequested = true;
        await KillAndWaitAsync().ConfigureAwait(false);
        ProcessExitCleanup.Unregister(_cleanupId);
        _process.Dispose();
    }

    private async Task KillAndWaitAsync()
    {
        if (!HasExited)
        {
            KillTree();

            // SIGKILL cannot be refused; the bound only guards against a process stuck in the kernel.
            await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false);
        }
    }

    private void KillTree()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private void OnLine(string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        _tail.Add(line);
        try
        {
            _output($"[{Name}] {line}");
        }
        catch (Exception)
        {
            // A sink that fails (e.g. a test's output helper after its test ended) must not take
            // down the host from this thread-pool callback; the line stays in the tail.
        }
    }

    private async Task OnExitedAsync()
    {
        try
        {
            await Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task).WaitAsync(DrainTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // See DrainTimeout.
        }

        var exitCode = _process.ExitCode;
        ProcessExitCleanup.Unregister(_cleanupId);
        _exited.TrySetResult(exitCode);
        if (!_stopRequested)
        {
            ExitedUnexpectedly?.Invoke(this, exitCode);
        }
    }
}
