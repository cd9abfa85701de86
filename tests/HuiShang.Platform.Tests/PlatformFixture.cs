using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HuiShang.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Platform.Tests;

/// <summary>
/// The whole platform from the real AppHost (Aspire.Hosting.Testing: its Program.cs, its resources,
/// ports allocated by DCP, a throw-away run folder), with every host's telemetry exported to an OTLP
/// receiver of the test. Tests reach the gateway over real HTTP, stop the broker and crash services
/// as the dashboard's admin would see it happen.
/// </summary>
public abstract class PlatformFixture(bool postgres) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, string> _calls = [];
    private readonly SemaphoreSlim _callsLock = new(1, 1);
    private readonly TestDirectory _runDirectory = new();

    public DistributedApplication App { get; private set; } = null!;

    public OtlpCollector Collector { get; private set; } = null!;

    public GatewayClient Gateway { get; private set; } = null!;

    /// <summary>The broker's AMQP address (its public port survives a stop and start).</summary>
    public string Broker => $"amqp://guest:guest@127.0.0.1:{App.GetEndpoint("rabbitmq", "amqp").Port}/";

    /// <summary>This year's call of a jurisdiction, opened once per platform (one call per jurisdiction and year).</summary>
    public async Task<string> CallOfAsync(string jurisdiction)
    {
        await _callsLock.WaitAsync();
        try
        {
            if (!_calls.TryGetValue(jurisdiction, out var id))
            {
                _calls[jurisdiction] = id = await Gateway.OpenCallAsync(jurisdiction);
            }

            return id;
        }
        finally
        {
            _callsLock.Release();
        }
    }

    public async Task InitializeAsync()
    {
        Collector = await OtlpCollector.StartAsync();
        string[] args = postgres
            ? ["--postgres", $"--HuiShang:RunDirectory={_runDirectory.Path}"]
            : [$"--HuiShang:RunDirectory={_runDirectory.Path}"];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HuiShang_AppHost>(
            args, (options, _) => options.DisableDashboard = true);
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // After Aspire's own OTLP settings (annotations apply in order): to the test's receiver.
            project.Annotations.Add(new EnvironmentCallbackAnnotation(env =>
            {
                env["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.Endpoint;
                env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                env["OTEL_BSP_SCHEDULE_DELAY"] = "200";
            }));
        }

        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(Resources.Gateway, timeout.Token);
        Gateway = new GatewayClient(App.GetEndpoint(Resources.Gateway, "http"));
    }

    /// <summary>SIGKILL a host's processes, as a crash would; the dashboard then shows it as exited.</summary>
    public async Task CrashAsync(string name)
    {
        App.ResourceNotifications.TryGetCurrentState(name, out var current);
        var pid = current?.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value
            ?? throw new InvalidOperationException($"{name} has no process id.");
        using (var process = Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)))
        {
            process.Kill(entireProcessTree: true);
        }

        await App.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates);
    }

    /// <summary>Starts a stopped or crashed resource again, as the dashboard's Start does, and waits until it is healthy.</summary>
    public Task StartAsync(string name) => CommandAsync(name, KnownResourceCommands.StartCommand, healthy: true);

    /// <summary>Stops a resource, as the dashboard's Stop does (the broker: an outage).</summary>
    public Task StopAsync(string name) => CommandAsync(name, KnownResourceCommands.StopCommand, healthy: false);

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        await Collector.DisposeAsync();
        _runDirectory.Dispose();
    }

    private async Task CommandAsync(string name, string command, bool healthy)
    {
        var resource = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        Assert.True(result.Success, $"{command} {name}: {result.Message}");
        using var timeout = new CancellationTokenSource(StartTimeout);
        if (healthy)
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        }
        else
        {
            await App.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates, timeout.Token);
        }
    }
}

public sealed class SqlitePlatformFixture() : PlatformFixture(postgres: false);

public sealed class PostgresPlatformFixture() : PlatformFixture(postgres: true);

/// <summary>Platforms are heavy on two cores: the classes that start one run one after another.</summary>
[CollectionDefinition(nameof(PlatformCollection), DisableParallelization = true)]
public sealed class PlatformCollection;
