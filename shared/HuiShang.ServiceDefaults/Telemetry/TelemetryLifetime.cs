using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Telemetry;

/// <summary>
/// Disposes the providers once the host has stopped (ApplicationStopped: after the server and the
/// consumers are done), so spans of the last requests are still exported.
/// </summary>
internal sealed class TelemetryLifetime(TelemetryProviders providers, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(providers.Dispose);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
