using HuiShang.Notifications.Consumers;
using HuiShang.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// Stages one delivery per subscription that wants the event, in the consumer's transaction: the
/// inbox record, the inbox entries and the deliveries commit together, so a crash loses none and a
/// redelivered event (skipped by the inbox) adds none.
/// </summary>
internal static class WebhookFanOut
{
    public static async Task AddAsync<TEvent>(
        NotificationsDbContext db, Notice notice, TEvent message, Guid eventId, DateTimeOffset time, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Few subscriptions per jurisdiction: the scope test (a region tree walk) runs here, not in SQL.
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Status != SubscriptionStatus.Disabled)
            .ToListAsync(cancellationToken);
        var wanting = subscriptions.Where(s => s.Wants(notice.Type, notice.RegionCode)).ToList();
        if (wanting.Count == 0)
        {
            return;
        }

        var body = CloudEventEnvelope.Encode(eventId, notice.Type, notice.SubjectId, notice.RegionCode, time, message);
        db.WebhookDeliveries.AddRange(wanting.Select(s =>
            WebhookDelivery.New(s.Id, eventId, notice.Type, notice.SubjectId, notice.RegionCode, body, now)));
    }
}
