namespace HuiShang.Platform.Tests;

/// <summary>
/// What a user does with the README's first command: start the AppHost, use the platform through
/// the gateway, stop it — and nothing of it is left running, also when the AppHost is killed.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class AppHostSmokeTests
{
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Cleanup = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task AppHost_starts_the_platform_serves_the_flow_and_stops_everything_on_SIGTERM()
    {
        using var run = new TestDirectory();
        await using var appHost = AppHostProcess.Start(run.Path);

        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using (var gateway = new GatewayClient(await appHost.GatewayAsync(Start)))
        {
            var traceParent = $"00-{traceId}-{Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()))}-01";
            var id = await gateway.CreateAndSubmitAsync("city-bureau@451400", await gateway.OpenCallAsync("450000"), "崇左市会商建议", traceParent);
            var inbox = await Eventually.GetAsync(() => gateway.InboxSubjectsAsync("province-planning@450000"), s => s?.Contains(id) == true, TimeSpan.FromSeconds(60));
            Assert.Contains(id, inbox!);
        }

        // What an admin sees in the dashboard: the submission as one trace, gateway → proposals →
        // RabbitMQ → the notifications consumer (read through the dashboard's telemetry API).
        using (var dashboard = new DashboardTelemetry(await appHost.DashboardAsync(Start)))
        {
            var services = await Eventually.GetAsync(() => dashboard.ServicesInTraceAsync(traceId), s => s.IsSupersetOf(["gateway", "proposals", "notifications"]), TimeSpan.FromSeconds(60));
            Assert.Superset(new HashSet<string> { "gateway", "proposals", "notifications" }, services);
        }

        var platform = appHost.PlatformProcesses();
        appHost.Signal("TERM");

        Assert.Equal(0, await appHost.ExitCodeAsync(TimeSpan.FromMinutes(2)));
        AssertPlatformSize(platform);
        await AssertAllGoneAsync(appHost);
    }

    [Fact]
    public Task A_killed_AppHost_takes_every_process_of_the_platform_with_it() =>
        AssertKillingLeavesNothingAsync(AppHostProcess.Start);

    [Fact]
    public Task A_killed_dotnet_run_takes_the_AppHost_and_every_process_of_the_platform_with_it() =>
        AssertKillingLeavesNothingAsync(AppHostProcess.StartWithDotnetRun);

    /// <summary>SIGKILL to the started process once the platform runs: nothing of it may survive.</summary>
    private static async Task AssertKillingLeavesNothingAsync(Func<string, AppHostProcess> start)
    {
        using var run = new TestDirectory();
        await using var started = start(run.Path);
        await started.GatewayAsync(Start);
        var platform = started.PlatformProcesses();

        started.Signal("KILL");

        AssertPlatformSize(platform);
        await AssertAllGoneAsync(started);
    }

    /// <summary>The AppHost, DCP, epmd, RabbitMQ, five services and the gateway at least.</summary>
    private static void AssertPlatformSize(IReadOnlyList<int> platform) =>
        Assert.True(platform.Count >= 10, $"expected the whole platform, saw {platform.Count} processes");

    private static async Task AssertAllGoneAsync(AppHostProcess appHost)
    {
        var left = await Eventually.GetAsync(() => Task.FromResult(appHost.PlatformProcesses()), p => p.Count == 0, Cleanup);
        Assert.True(left.Count == 0, $"still running: {string.Join(", ", left.Select(Describe))}");
    }

    private static string Describe(int pid)
    {
        try
        {
            return $"{pid} {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ')}";
        }
        catch (IOException)
        {
            return pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
