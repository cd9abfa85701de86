using HuiShang.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Messaging.Tests;

/// <summary>AddMessaging's contract with the host: required configuration and the readiness check.</summary>
public sealed class MessagingHostTests
{
    [Fact]
    public void Missing_connection_string_fails_at_start_naming_the_environment_variable()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddMessaging<TestDbContext>());

        Assert.Contains("ConnectionStrings__messaging", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MassTransit_reports_no_usage_telemetry_to_its_vendor()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[HuiShang.Contracts.ConfigKeys.Messaging] = MessagingHostExtensions.InMemoryConnectionString;
        builder.AddMessaging<TestDbContext>();
        using var services = builder.Services.BuildServiceProvider();

        Assert.False(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MassTransit.UsageTelemetryOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task Messaging_health_check_is_tagged_ready_and_reports_the_running_bus_healthy()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var host = await TestHost.StartAsync(database);
        var health = host.Services.GetRequiredService<HealthCheckService>();

        HealthReport? report = null;
        await Eventually.TrueAsync(async () =>
        {
            report = await health.CheckHealthAsync(r => r.Tags.Contains("ready"));
            return report.Entries.TryGetValue("messaging", out var entry) && entry.Status == HealthStatus.Healthy;
        }, TimeSpan.FromSeconds(10), "a healthy 'messaging' readiness entry");
        Assert.Equal(["messaging"], report!.Entries.Keys);
    }

    [Fact]
    public async Task Messaging_health_check_is_unhealthy_when_the_broker_is_unreachable()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        // Port 1 (tcpmux): privileged and unused, so the connection is refused and the bus cannot connect.
        await using var host = await TestHost.StartAsync(database, "amqp://guest:guest@127.0.0.1:1/", waitForBus: false);
        var health = host.Services.GetRequiredService<HealthCheckService>();

        await Task.Delay(1000);
        var report = await health.CheckHealthAsync(r => r.Tags.Contains("ready"));

        Assert.NotEqual(HealthStatus.Healthy, report.Entries["messaging"].Status);
    }
}
