using HuiShang.Contracts;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain.Webhooks;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>Notifications with a three-day retry schedule squeezed into fractions of a second, allowed to reach the test receivers on loopback.</summary>
internal static class WebhookHost
{
    public static Dictionary<string, string?> FastSettings(string? allowedTargets = "127.0.0.1") => new()
    {
        ["Webhooks:AllowedTargets"] = allowedTargets,
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:BackoffBase"] = "00:00:00.200",
        ["Webhooks:BackoffMax"] = "00:00:02",
        ["Webhooks:Timeout"] = "00:00:03",
    };

    public static Task<ServiceHost> StartAsync(Dictionary<string, string?>? settings = null) =>
        ServiceHost.StartAsync(Resources.Notifications, b => b.AddNotifications(), a => a.MapNotifications(), settings ?? FastSettings());

    public static Task<SubscriptionWithSecret> SubscribeAsync(this ServiceHost host, string user, string url, params string[] eventTypes)
    {
        var request = new CreateSubscriptionRequest { Url = url };
        request.EventTypes.AddRange(eventTypes);
        return host.Channel.UnaryAsync(NotificationsApi.CreateSubscription, request, host.As(user));
    }

    public static Task PublishAsync<T>(this ServiceHost host, T message, Guid? messageId = null)
        where T : class =>
        host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    public static Task<List<WebhookDelivery>> DeliveriesAsync(this ServiceHost host) =>
        host.QueryAsync<Data.NotificationsDbContext, List<WebhookDelivery>>(db => db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts).ToListAsync());

    public static Task<Domain.Webhooks.Subscription> SubscriptionAsync(this ServiceHost host, string id) =>
        host.QueryAsync<Data.NotificationsDbContext, Domain.Webhooks.Subscription>(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(id)));
}
