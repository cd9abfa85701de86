using CliWrap;
using CliWrap.Buffered;

namespace HuiShang.Deploy.Tests;

/// <summary>Runs a command line tool to its end (kubectl, npm, node, dotnet msbuild) with a time limit.</summary>
public static class Tool
{
    public static async Task<ToolResult> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(5));
        var result = await Cli.Wrap(program)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory ?? Repository.Root)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);
        return new ToolResult(result.ExitCode, result.StandardOutput, result.StandardError);
    }
}

public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string Text => Output + Error;
}
