using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.ServiceTesting.Infrastructure;

/// <summary>
/// A private Aspire application holding only the servers a test needs (no dashboard, no AppHost
/// project): the resources come from shared/HuiShang.Hosting, exactly as the AppHost defines them,
/// DCP allocates their ports and owns their processes. Disposing stops and removes everything.
/// </summary>
public sealed class TestApplication : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly ConcurrentQueue<string> _output = new();
    private readonly CancellationTokenSource _stopping = new();

    private TestApplication(DistributedApplication app, TestDirectory directory)
    {
        App = app;
        Directory = directory;
    }

    public DistributedApplication App { get; }

    public TestDirectory Directory { get; }

    public static IDistributedApplicationBuilder CreateBuilder()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = [],
            DisableDashboard = true,
            AssemblyName = typeof(TestApplication).Assembly.GetName().Name,
        });
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        return builder;
    }

    /// <summary>Builds and starts the application and waits until <paramref name="healthy"/> are healthy.</summary>
    public static async Task<TestApplication> StartAsync(IDistributedApplicationBuilder builder, TestDirectory directory, params string[] healthy)
    {
        var app = builder.Build();
        var started = new TestApplication(app, directory);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await app.StartAsync(timeout.Token);
            foreach (var name in healthy)
            {
                started.CollectOutput(name);
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
            }
        }
        catch (Exception ex)
        {
            var output = started.Output();
            await started.DisposeAsync();
            throw new InvalidOperationException($"{string.Join(", ", healthy)} did not become healthy: {ex.Message}{Environment.NewLine}{output}", ex);
        }

        return started;
    }

    /// <summary>Stops a resource as an outage would (the dashboard's Stop), and waits until it has.</summary>
    public async Task StopAsync(string name)
    {
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(Resource(name), KnownResourceCommands.StopCommand);
        Assert(result, "stop", name);
        await App.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates);
    }

    /// <summary>Starts it again (same ports, same data: proxied endpoints keep their public port) and waits for health.</summary>
    public async Task StartAsync(string name)
    {
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(Resource(name), KnownResourceCommands.StartCommand);
        Assert(result, "start", name);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
    }

    /// <summary>The last lines the resources wrote, for a failure message.</summary>
    public string Output() => string.Join(Environment.NewLine, _output.TakeLast(40));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await App.StopAsync();
        await App.DisposeAsync();
        _stopping.Dispose();
        Directory.Dispose();
    }

    private IResource Resource(string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);

    private static void Assert(ExecuteCommandResult result, string command, string name)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException($"Could not {command} {name}: {result.Message}");
        }
    }

    private void CollectOutput(string name) => _ = Task.Run(async () =>
    {
        try
        {
            await foreach (var batch in App.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(name).WithCancellation(_stopping.Token))
            {
                foreach (var line in batch)
                {
                    _output.Enqueue($"[{name}] {line.Content}");
                    while (_output.Count > 200 && _output.TryDequeue(out _))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The application is going away.
        }
    });
}
