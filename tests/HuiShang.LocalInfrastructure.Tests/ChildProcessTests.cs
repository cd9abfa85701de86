using System.Collections.Concurrent;
using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.LocalInfrastructure.Tests;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task Output_lines_are_prefixed_and_the_last_ones_kept()
    {
        var lines = new ConcurrentQueue<string>();
        await using var process = ChildProcess.Start(Shell("echo one; echo two >&2; echo three; exit 3", lines.Enqueue));

        Assert.Equal(3, await process.Exited.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(["[sh] one", "[sh] three", "[sh] two"], lines.Order());
        Assert.Equal(["one", "three", "two"], process.LastLines().Order());
        Assert.Equal(2, process.LastLines(2).Count);
    }

    [Fact]
    public async Task Environment_variables_are_set_and_removed()
    {
        var lines = new ConcurrentQueue<string>();
        var options = Shell("echo \"$HUISHANG_A|${HOME-unset}\"", lines.Enqueue) with
        {
            Environment = new Dictionary<string, string?> { ["HUISHANG_A"] = "set", ["HOME"] = null },
        };
        await using var process = ChildProcess.Start(options);

        await process.Exited.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["set|unset"], process.LastLines());
    }

    [Fact]
    public async Task An_exit_nobody_asked_for_is_reported_and_a_stop_is_not()
    {
        var unexpected = new TaskCompletionSource<int>();
        await using var crashing = ChildProcess.Start(Shell("sleep 1; exit 7"));
        crashing.ExitedUnexpectedly += (_, code) => unexpected.TrySetResult(code);
        var stoppedUnexpectedly = false;
        await using var stopped = ChildProcess.Start(Shell("sleep 30"));
        stopped.ExitedUnexpectedly += (_, _) => stoppedUnexpectedly = true;

        await stopped.StopAsync(graceful: null, TimeSpan.FromSeconds(1));

        Assert.Equal(7, await unexpected.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(stopped.HasExited);
        Assert.False(stoppedUnexpectedly);
    }

    [Fact]
    public async Task Dispose_kills_the_whole_tree()
    {
        var process = ChildProcess.Start(Shell("sleep 300 & sleep 300 & wait"));
        var tree = await WaitForTreeAsync(process, count: 3, t => t.Count(p => p.Name == "sleep") == 2);

        await process.DisposeAsync();

        Assert.Equal(["sh", "sleep", "sleep"], tree.Select(p => p.Name).Order());
        Assert.DoesNotContain(tree, p => p.IsRunning());
    }

    [Fact]
    public async Task A_command_that_hangs_times_out_and_is_killed()
    {
        var pidFile = Path.GetTempFileName();
        try
        {
            var timeout = await Assert.ThrowsAsync<TimeoutException>(() =>
                CommandRunner.RunAsync(Shell($"echo started; sleep 300 & echo $! > {pidFile}; wait"), TimeSpan.FromSeconds(1)));

            Assert.Contains("started", timeout.Message);
            var sleepPid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(ProcessTable.Read(sleepPid) is null or { State: 'Z' }, "the command's child should be gone");
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    private static ChildProcessOptions Shell(string script, Action<string>? output = null) =>
        new() { Name = "sh", FileName = "/bin/sh", Arguments = ["-c", script], Output = output ?? (_ => { }) };

    /// <summary>Waits for the tree to reach its shape: a forked child keeps its parent's name until it execs.</summary>
    private static async Task<IReadOnlyList<ProcessInfo>> WaitForTreeAsync(ChildProcess process, int count, Func<IReadOnlyList<ProcessInfo>, bool>? shape = null)
    {
        for (var i = 0; i < 100; i++)
        {
            if (process.Tree() is { } tree && tree.Count == count && (shape?.Invoke(tree) ?? true))
            {
                return tree;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"expected {count} processes, saw {string.Join(", ", process.Tree())}");
    }
}
