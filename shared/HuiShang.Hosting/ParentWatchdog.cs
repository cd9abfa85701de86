using System.Globalization;
using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuiShang.Hosting;

/// <summary>
/// Stops the AppHost, and with it every resource, when the `dotnet run` that started it dies:
/// killed with SIGKILL, that parent leaves the AppHost orphaned and the whole platform running
/// (measured). A killed AppHost itself needs nothing: DCP watches its PID and ends every resource.
/// Only active under `dotnet run`, so a script may start the AppHost binary in the background and exit.
/// </summary>
internal sealed class ParentWatchdog(IHostApplicationLifetime lifetime, ILogger<ParentWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var parent = ParentPid();
        if (!File.Exists($"/proc/{parent}/comm") || File.ReadAllText($"/proc/{parent}/comm").Trim() != "dotnet")
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (ParentPid() != parent)
            {
                logger.LogWarning("The parent process {Pid} is gone: stopping the platform.", parent);
                lifetime.StopApplication();
                return;
            }
        }
    }

    /// <summary>/proc/self/stat is "pid (comm) state ppid …"; comm may hold spaces, so read after the ')'.</summary>
    private static int ParentPid()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }
}

public static class ParentWatchdogExtensions
{
    public static IDistributedApplicationBuilder StopWhenParentExits(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ParentWatchdog>();
        return builder;
    }
}
