using Microsoft.Extensions.Options;

namespace HuiShang.Evaluation.Scanning;

/// <summary>Runs <see cref="OverdueScanner"/> every <see cref="EvaluationOptions.ScanInterval"/>, each pass in its own scope.</summary>
public sealed class OverdueScanWorker(IServiceScopeFactory scopes, IOptions<EvaluationOptions> options, ILogger<OverdueScanWorker> logger)
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
                await scope.ServiceProvider.GetRequiredService<OverdueScanner>().ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass (database briefly away) must not stop the reminders for good.
                logger.LogError(ex, "The overdue scan failed; it runs again in {Interval}.", options.Value.ScanInterval);
            }
        }
    }
}
