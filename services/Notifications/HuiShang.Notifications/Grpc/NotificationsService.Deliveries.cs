using Grpc.Core;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain.Webhooks;
using Subscription = HuiShang.Notifications.Domain.Webhooks.Subscription;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Grpc;

/// <summary>The delivery log of a subscription, and sending again (one delivery, or every one of a time range).</summary>
public sealed partial class NotificationsService
{
    private const int MaxReplay = 10_000;

    public override async Task<ListDeliveriesReply> ListDeliveries(ListDeliveriesRequest request, ServerCallContext context)
    {
        var subscription = await FindAsync(request.SubscriptionId, context);
        if (request.Status.Length > 0 && !DeliveryStatus.All.Contains(request.Status))
        {
            throw ServiceProblems.Validation("The filter is not valid.", [new("status", string.Join(", ", DeliveryStatus.All) + ".")]);
        }

        var page = PageQuery.Read(request.Page, $"deliveries|{subscription.Id}|{request.Status}");
        var query = db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts).Where(d => d.SubscriptionId == subscription.Id);
        if (request.Status.Length > 0)
        {
            query = query.Where(d => d.Status == request.Status);
        }

        var (items, next) = await query.PageAsync(d => d.Id, page, descending: true, context.CancellationToken);
        var reply = new ListDeliveriesReply { Page = next };
        reply.Items.AddRange(items.Select(d => d.ToMessage()));
        return reply;
    }

    public override async Task<Delivery> Redeliver(RedeliverRequest request, ServerCallContext context)
    {
        var subscription = await FindAsync(request.SubscriptionId, context);
        RequireNotDisabled(subscription);
        var delivery = Guid.TryParse(request.DeliveryId, out var id)
            && await db.WebhookDeliveries.Include(d => d.Attempts).SingleOrDefaultAsync(d => d.Id == id && d.SubscriptionId == subscription.Id, context.CancellationToken) is { } found
            ? found
            : throw ServiceProblems.NotFound("Delivery", request.DeliveryId);
        delivery.Resend(time.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return delivery.ToMessage();
    }

    public override async Task<ReplayReply> ReplayDeliveries(ReplayRequest request, ServerCallContext context)
    {
        var subscription = await FindAsync(request.SubscriptionId, context);
        RequireNotDisabled(subscription);
        var errors = new FieldErrors();
        errors.Present("from", request.From);
        errors.Present("to", request.To);
        if (request.From is not null && request.To is not null && request.To.ToDateTimeOffset() <= request.From.ToDateTimeOffset())
        {
            errors.Add("to", "After from.");
        }

        if (errors.Any)
        {
            throw ServiceProblems.Validation("The time range is not valid.", errors);
        }

        var (from, to) = (request.From!.ToDateTimeOffset(), request.To!.ToDateTimeOffset());
        var deliveries = await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == subscription.Id && d.CreatedAt >= from && d.CreatedAt < to)
            .OrderBy(d => d.CreatedAt).Take(MaxReplay + 1)
            .ToListAsync(context.CancellationToken);
        if (deliveries.Count > MaxReplay)
        {
            throw ServiceProblems.Validation("The time range is too long.", [new("to", $"At most {MaxReplay} deliveries at once: replay a shorter range.")]);
        }

        var now = time.GetUtcNow();
        deliveries.ForEach(d => d.Resend(now));
        await db.SaveChangesAsync(context.CancellationToken);
        return new ReplayReply { ScheduledCount = deliveries.Count };
    }

    private static void RequireNotDisabled(Subscription subscription)
    {
        if (subscription.Status == SubscriptionStatus.Disabled)
        {
            throw ServiceProblems.InvalidState("The subscription was disabled (410 Gone); create a new one.");
        }
    }
}
