using System.Diagnostics;
using System.Reflection;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>Starts the servers under test, each in its own process.</summary>
internal static class Servers
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    /// <summary>This exe again with <c>--serve &lt;server&gt;</c>: the same Release build as the load client.</summary>
    public static Task<ChildProcess> StartDotNetAsync(string server, string name)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        string[] serve = ["--serve", server, "--stop-on-stdin-close"];
        string[] arguments = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [Assembly.GetEntryAssembly()!.Location, .. serve] : serve;
        return ChildProcess.StartAsync(name, self, arguments, Environment.CurrentDirectory, ReadyTimeout);
    }

    /// <summary>tests/interop/server.js (grpc-js), installing its packages first if they are missing.</summary>
    public static async Task<ChildProcess> StartGrpcJsAsync()
    {
        var interop = Path.Combine(FindRepoRoot(), "tests", "interop");
        var script = Path.Combine(interop, "server.js");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"The grpc-js server {script} does not exist (run with --scenarios A without it).");
        }

        if (!Directory.Exists(Path.Combine(interop, "node_modules")))
        {
            await NpmCiAsync(interop);
        }

        return await ChildProcess.StartAsync("grpc-js server", "node", [script, "--port", "0", "--stop-on-stdin-close"], interop, ReadyTimeout);
    }

    /// <summary>The folder holding HuiShang.sln, above the current directory or this exe.</summary>
    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("No folder containing HuiShang.sln above the current directory or the exe.");
    }

    private static async Task NpmCiAsync(string directory)
    {
        Console.WriteLine($"npm ci in {directory} …");
        using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = directory })
            ?? throw new InvalidOperationException("Could not start npm.");
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {directory} (exit code {npm.ExitCode}).");
        }
    }
}
