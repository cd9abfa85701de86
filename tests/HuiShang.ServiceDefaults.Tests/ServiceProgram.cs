using System.Reflection;
using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Runs a built service's real Program.cs as a process, as the AppHost and a Kubernetes Job do.</summary>
public static class ServiceProgram
{
    private static readonly string Configuration =
        typeof(ServiceProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static Task<CommandResult> RunAsync(string project, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment) =>
        CommandRunner.RunAsync(
            new ChildProcessOptions
            {
                Name = project,
                FileName = "dotnet",
                Arguments = [AssemblyPath(project), .. arguments],
                Environment = environment,
            },
            TimeSpan.FromMinutes(2));

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
