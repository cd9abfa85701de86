using System.Reflection;
using CliWrap;
using CliWrap.Buffered;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Runs a built service's real Program.cs as a process, as the AppHost and a Kubernetes Job do.</summary>
public static class ServiceProgram
{
    private static readonly string Configuration =
        typeof(ServiceProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static async Task<ProgramResult> RunAsync(string project, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        // A service that does not exit within the limit is killed (CliWrap) and the test fails.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await Cli.Wrap("dotnet")
            .WithArguments([AssemblyPath(project), .. arguments])
            .WithEnvironmentVariables(environment)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);
        return new ProgramResult(result.ExitCode, result.StandardOutput + result.StandardError);
    }

    /// <summary>services/Proposals/HuiShang.Proposals/bin/Debug/net10.0/HuiShang.Proposals.dll (built as a project reference).</summary>
    private static string AssemblyPath(string project)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return Path.Combine(dir.FullName, "services", project, $"HuiShang.{project}", "bin", Configuration, "net10.0", $"HuiShang.{project}.dll");
            }
        }

        throw new InvalidOperationException("HuiShang.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record ProgramResult(int ExitCode, string OutputText);
