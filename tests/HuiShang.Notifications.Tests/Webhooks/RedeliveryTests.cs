using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Notifications.Tests.Webhooks;

public sealed class RedeliveryTests
{
    [Fact]
    public async Task A_delivered_message_is_sent_again_on_request_with_the_same_webhook_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"));
        await host.PublishAsync(SampleEvents.Submitted());
        await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count == 1);
        var delivery = Assert.Single(await host.DeliveriesAsync());

        var again = await host.Channel.UnaryAsync(
            NotificationsApi.Redeliver, new RedeliverRequest { SubscriptionId = subscription.Subscription.Id, DeliveryId = delivery.Id.ToString() }, host.As("city-system@450100"));
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count == 2);

        Assert.Equal("pending", again.Status);
        Assert.Equal(received[0].WebhookId, received[1].WebhookId);
        Assert.Equal(received[0].Body, received[1].Body);
    }

    [Fact]
    public async Task A_replay_resends_the_deliveries_of_the_time_range_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"));
        await host.PublishAsync(SampleEvents.Submitted());
        await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count == 1);
        var from = DateTimeOffset.UtcNow;
        await host.PublishAsync(SampleEvents.Submitted());
        await host.PublishAsync(SampleEvents.Submitted());
        await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count == 3);

        var replay = await host.Channel.UnaryAsync(
            NotificationsApi.Replay,
            new ReplayRequest { SubscriptionId = subscription.Subscription.Id, From = Timestamp.FromDateTimeOffset(from), To = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) },
            host.As("city-system@450100"));
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count == 5);

        Assert.Equal(2, replay.ScheduledCount);
        Assert.Equal(5, received.Count);
        Assert.Equal(received.Skip(1).Take(2).Select(r => r.WebhookId).Order(), received.Skip(3).Select(r => r.WebhookId).Order());
    }

    [Fact]
    public async Task A_paused_subscription_holds_its_deliveries_until_resumed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/hooks"));
        var id = new SubscriptionRef { Id = subscription.Subscription.Id };
        await host.Channel.UnaryAsync(NotificationsApi.PauseSubscription, id, host.As("city-system@450100"));

        await host.PublishAsync(SampleEvents.Submitted());
        await Eventually.GetAsync(host.DeliveriesAsync, d => d.Count == 1);
        await Task.Delay(400);
        Assert.Empty(receiver.Received);

        var resumed = await host.Channel.UnaryAsync(NotificationsApi.ResumeSubscription, id, host.As("city-system@450100"));
        await Eventually.GetAsync(() => Task.FromResult(receiver.At("/hooks")), r => r.Count == 1);
        Assert.Equal("active", resumed.Status);
    }
}
