using CliWrap;
using CliWrap.Buffered;

namespace HuiShang.Interop.Tests;

/// <summary>Runs npm or node to its end within a limit (CliWrap kills it when the limit passes).</summary>
internal static class Programs
{
    public static async Task<BufferedCommandResult> RunAsync(
        string program, string[] arguments, string workingDirectory, TimeSpan limit, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var timeout = new CancellationTokenSource(limit);
        return await Cli.Wrap(program)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(environment ?? new Dictionary<string, string?>())
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);
    }

    public static string Describe(BufferedCommandResult result) =>
        $"exit code {result.ExitCode}\n--- stdout ---\n{result.StandardOutput}\n--- stderr ---\n{result.StandardError}";
}
