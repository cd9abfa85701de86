namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>Runs a short command (a CLI call) to its end, as a <see cref="ChildProcess"/> so a hung one is killed with its tree.</summary>
public static class CommandRunner
{
    /// <summary>
    /// Runs the command and returns its exit code and output; its output is not streamed unless
    /// <see cref="ChildProcessOptions.Output"/> is set. Throws <see cref="TimeoutException"/>
    /// (after killing it) when it runs longer than <paramref name="timeout"/>.
    /// </summary>
    public static async Task<CommandResult> RunAsync(ChildProcessOptions options, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var process = ChildProcess.Start(options with { Output = options.Output ?? (static _ => { }) });
        await using (process.ConfigureAwait(false))
        {
            try
            {
                var exitCode = await process.Exited.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
                return new CommandResult(exitCode, process.LastLines(options.KeepLines));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException(
                    $"'{options.FileName} {string.Join(' ', options.Arguments)}' did not finish within {timeout.TotalSeconds:0} s. "
                    + $"Its last output:{Environment.NewLine}{string.Join(Environment.NewLine, process.LastLines())}");
            }
        }
    }
}
