using HuiShang.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// Sends the stored deliveries: at least once (a delivery stays pending until a 2xx), in order per
/// subscription and subject (only the oldest pending delivery of each is sent; a later one waits
/// behind an earlier one that is retrying), retried on <see cref="RetrySchedule"/>.
/// </summary>
internal sealed class WebhookDispatcher(IServiceScopeFactory scopes, WebhookOptions options, TimeProvider time, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    private const int ScanSize = 500;
    private const int Parallelism = 8;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Targets.Allowed.Count > 0)
        {
            log.LogWarning(
                "Webhooks may target {AllowedTargets} although loopback, private or link-local ({Key}); plain http is accepted for them. Local development only.",
                string.Join(", ", options.Targets.Allowed), WebhookOptions.AllowedTargetsKey);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly away: the deliveries are still there next time.
                log.LogError(ex, "Webhook dispatch failed; trying again.");
                await Task.Delay(options.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>One pass: sends the head of each (subscription, subject) queue that is due. Returns how many were sent.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<Head> heads;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var active = db.Subscriptions.Where(s => s.Status == SubscriptionStatus.Active).Select(s => s.Id);
            var pending = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Pending && active.Contains(d.SubscriptionId))
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
                .Select(d => new Head(d.Id, d.SubscriptionId, d.Subject, d.NextAttemptAt))
                .Take(ScanSize)
                .ToListAsync(cancellationToken);
            heads = [.. pending.GroupBy(d => (d.SubscriptionId, d.Subject)).Select(g => g.First()).Where(d => d.NextAttemptAt <= now)];
        }

        await Parallel.ForEachAsync(
            heads, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, AttemptAsync);
        return heads.Count;
    }

    private async ValueTask AttemptAsync(Head head, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        // Claim it (another replica may be scanning too): moving its due time out is the lease.
        var lease = time.GetUtcNow() + options.Timeout * 3;
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == head.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAt == head.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == head.Id, cancellationToken);
        var subscription = await db.Subscriptions.SingleAsync(s => s.Id == head.SubscriptionId, cancellationToken);
        var outcome = await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(subscription, delivery, cancellationToken);
        var at = time.GetUtcNow();
        delivery.Record(outcome, at, options.Retry);
        if (outcome.Gone)
        {
            subscription.Disable($"The receiver answered 410 Gone at {at:u}.");
            await db.WebhookDeliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Status == DeliveryStatus.Pending && d.Id != delivery.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Failed).SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
            SubscriptionNotices.Tell(db, subscription, SubscriptionNotices.Disabled, at);
        }
        else if (delivery.Status == DeliveryStatus.Failed)
        {
            subscription.Pause($"A delivery failed for {options.Retry.Period.TotalHours:0.#} h (last: {Short(delivery.LastError)}); fix the receiver and resume.");
            SubscriptionNotices.Tell(db, subscription, SubscriptionNotices.Paused, at);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!outcome.Succeeded)
        {
            log.LogInformation("Webhook {DeliveryId} to subscription {SubscriptionId}: {Status} {Detail}", delivery.Id, subscription.Id, outcome.StatusCode, Short(outcome.Detail));
        }
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..120];

    private sealed record Head(Guid Id, Guid SubscriptionId, string Subject, DateTimeOffset? NextAttemptAt);
}
