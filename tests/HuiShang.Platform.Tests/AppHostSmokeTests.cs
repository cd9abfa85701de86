using System.Text.RegularExpressions;
using HuiShang.AppHost;
using HuiShang.LocalInfrastructure.Processes;
using HuiShang.ServiceTesting;

namespace HuiShang.Platform.Tests;

/// <summary>
/// What a new user does with the README's first command: start the AppHost, use the platform
/// through the gateway, stop it with SIGTERM — and nothing of it is left running.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed partial class AppHostSmokeTests
{
    [Fact]
    public async Task AppHost_starts_the_platform_serves_the_flow_and_stops_everything_on_SIGTERM()
    {
        var runDirectory = Path.Combine(Path.GetTempPath(), "huishang-apphost-smoke", Guid.NewGuid().ToString("N"));
        var gatewayUrl = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var appHost = ChildProcess.Start(new ChildProcessOptions
        {
            Name = "apphost",
            FileName = "dotnet",
            Arguments = [AppHostAssembly(), "--free-ports", "--run-dir", runDirectory],
            Output = line =>
            {
                if (GatewayLine().Match(line) is { Success: true } match)
                {
                    gatewayUrl.TrySetResult(new Uri(match.Groups[1].Value));
                }
            },
        });
        await using var _ = appHost;

        var started = await Task.WhenAny(gatewayUrl.Task, appHost.Exited, Task.Delay(TimeSpan.FromMinutes(5)));
        Assert.True(started == gatewayUrl.Task, "the AppHost did not start:\n" + string.Join("\n", appHost.LastLines(40)));
        var platformProcesses = appHost.Tree();

        using (var gateway = new GatewayClient(await gatewayUrl.Task))
        {
            var id = await gateway.CreateAndSubmitAsync("city-bureau@451400", await gateway.OpenCallAsync("450000"), "崇左市会商建议");
            var inbox = await Eventually.GetAsync(() => gateway.InboxSubjectsAsync("province-planning@450000"), s => s?.Contains(id) == true, TimeSpan.FromSeconds(60));
            Assert.Contains(id, inbox!);
        }

        Terminate(appHost.Id);
        Assert.Equal(0, await appHost.Exited.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains(appHost.LastLines(200), l => l.Contains("stopping infrastructure", StringComparison.Ordinal));
        Assert.True(platformProcesses.Count >= 8, $"expected the AppHost, six hosts and RabbitMQ, saw {string.Join(", ", platformProcesses)}");
        Assert.DoesNotContain(platformProcesses, p => p.IsRunning());
        Assert.Empty(ProcessTable.FindByEnvironment("epmd", "HOME=" + Path.Combine(runDirectory, "rabbitmq")));
    }

    private static string AppHostAssembly() =>
        Path.Combine(RepositoryLayout.Find().Root, "HuiShang.AppHost", "bin", BuildConfiguration, "net10.0", "HuiShang.AppHost.dll");

    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static void Terminate(int pid) => System.Diagnostics.Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    [GeneratedRegex(@"\[apphost\]\s+gateway\s+(http://127\.0\.0\.1:\d+)")]
    private static partial Regex GatewayLine();
}
