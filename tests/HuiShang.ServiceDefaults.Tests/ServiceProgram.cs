using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Runs a built service's real Program.cs as a process, as the AppHost and a Kubernetes Job do.</summary>
public static class ServiceProgram
{
    private static readonly string Configuration =
        typeof(ServiceProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static async Task<ProgramResult> RunAsync(string project, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AssemblyPath(project));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{project} {string.Join(' ', arguments)} did not exit within 2 minutes:{Environment.NewLine}{output}");
        }

        process.WaitForExit(); // drains the output events
        lock (output)
        {
            return new ProgramResult(process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
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
