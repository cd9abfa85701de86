using Microsoft.Extensions.Options;

namespace HuiShang.Agreements.Scanning;

/// <summary>Runs <see cref="DeadlineScanner"/> every <see cref="AgreementsOptions.ScanInterval"/>, each pass in its own scope.</summary>
public sealed class DeadlineScanWorker(IServiceScopeFactory scopes, IOptions<AgreementsOptions> options, ILogger<DeadlineScanWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass (database briefly away) must not stop the reminders for good.
                logger.LogError(ex, "The agreements deadline scan failed; it runs again in {Interval}.", options.Value.ScanInterval);
            }
        }
    }
}
