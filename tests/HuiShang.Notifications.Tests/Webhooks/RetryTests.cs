using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain.Webhooks;
using Microsoft.AspNetCore.Http;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>At least once, in order, with backoff: against a receiver that fails, asks to wait, or is gone.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task A_failing_then_recovering_receiver_gets_the_same_message_again_after_growing_waits()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => n < 3 ? Results.StatusCode(500) : Results.Ok();
        await using var host = await WebhookHost.StartAsync();
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/flaky"));

        await host.PublishAsync(SampleEvents.Submitted());
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.At("/flaky")), r => r.Count >= 4, TimeSpan.FromSeconds(30));

        Assert.Equal(4, received.Count);
        Assert.Single(received.Select(r => r.WebhookId).Distinct());
        // Backoff base 200 ms, doubling, jittered in the upper half: ≥ 100, ≥ 200, ≥ 400 ms.
        var gaps = received.Zip(received.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.True(gaps[0] >= TimeSpan.FromMilliseconds(90), $"gaps: {string.Join(", ", gaps)}");
        Assert.True(gaps[2] >= TimeSpan.FromMilliseconds(380), $"gaps: {string.Join(", ", gaps)}");
        var delivery = Assert.Single(await Eventually.GetAsync(host.DeliveriesAsync, d => d.All(x => x.Status == DeliveryStatus.Succeeded)));
        Assert.Equal(DeliveryStatus.Succeeded, delivery.Status);
        Assert.Equal(4, delivery.AttemptCount);
        Assert.Equal([500, 500, 500, 200], delivery.Attempts.OrderBy(a => a.At).Select(a => a.StatusCode));

        var log = await host.Channel.UnaryAsync(
            NotificationsApi.ListDeliveries, new ListDeliveriesRequest { SubscriptionId = subscription.Subscription.Id }, host.As("city-system@450100"));
        var entry = Assert.Single(log.Items);
        Assert.Equal("succeeded", entry.Status);
        Assert.Equal(4, entry.Attempts.Count);
        Assert.Null(entry.NextAttemptAt);
    }

    [Fact]
    public async Task Retry_After_on_429_is_obeyed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => n == 0 ? new RetryAfter(429, "2") : Results.Ok();
        await using var host = await WebhookHost.StartAsync();
        await host.SubscribeAsync("city-system@450100", receiver.Url("/busy"));

        await host.PublishAsync(SampleEvents.Submitted());
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.At("/busy")), r => r.Count >= 2, TimeSpan.FromSeconds(30));

        // Backoff alone would retry after 100–200 ms; the receiver asked for 2 s.
        Assert.True(received[1].At - received[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {received[1].At - received[0].At}");
    }

    [Fact]
    public async Task Retry_After_on_503_is_obeyed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => n == 0 ? new RetryAfter(503, "1") : Results.Ok();
        await using var host = await WebhookHost.StartAsync();
        await host.SubscribeAsync("city-system@450100", receiver.Url("/maintenance"));

        await host.PublishAsync(SampleEvents.Submitted());
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.At("/maintenance")), r => r.Count >= 2, TimeSpan.FromSeconds(30));

        Assert.True(received[1].At - received[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {received[1].At - received[0].At}");
    }

    [Fact]
    public async Task A_410_disables_the_subscription_stops_sending_and_tells_its_owner()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, _) => Results.StatusCode(410);
        await using var host = await WebhookHost.StartAsync();
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/gone"));

        await host.PublishAsync(SampleEvents.Submitted());
        await Eventually.GetAsync(() => host.SubscriptionAsync(subscription.Subscription.Id), s => s.Status == SubscriptionStatus.Disabled);
        await host.PublishAsync(SampleEvents.Submitted());
        await Task.Delay(600);

        Assert.Single(receiver.At("/gone"));
        Assert.Equal(SubscriptionStatus.Disabled, (await host.SubscriptionAsync(subscription.Subscription.Id)).Status);
        var inbox = await host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As("city-system@450100"));
        Assert.Contains(inbox.Items, i => i.Type == "cn.huishang.subscription.disabled.v1" && i.SubjectId == subscription.Subscription.Id);
    }

    [Fact]
    public async Task A_receiver_failing_for_the_whole_retry_period_pauses_the_subscription_and_its_owner_is_told()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, _) => Results.StatusCode(500);
        var settings = WebhookHost.FastSettings();
        settings["Webhooks:RetryPeriod"] = "00:00:01";
        await using var host = await WebhookHost.StartAsync(settings);
        var subscription = await host.SubscribeAsync("city-system@450100", receiver.Url("/down"));

        await host.PublishAsync(SampleEvents.Submitted());
        var paused = await Eventually.GetAsync(() => host.SubscriptionAsync(subscription.Subscription.Id), s => s.Status == SubscriptionStatus.Paused);

        Assert.Equal(SubscriptionStatus.Paused, paused.Status);
        Assert.Equal(DeliveryStatus.Failed, Assert.Single(await host.DeliveriesAsync()).Status);
        Assert.True(receiver.At("/down").Count >= 2);
        var inbox = await host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As("city-system@450100"));
        Assert.Contains(inbox.Items, i => i.Type == "cn.huishang.subscription.paused.v1");
    }

    [Fact]
    public async Task Events_about_one_subject_arrive_in_order_even_when_the_first_needs_retries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => n < 2 ? Results.StatusCode(502) : Results.Ok();
        await using var host = await WebhookHost.StartAsync();
        await host.SubscribeAsync("city-system@450100", receiver.Url("/ordered"));
        var proposal = Guid.NewGuid();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        await host.PublishAsync(SampleEvents.Submitted(proposalId: proposal), first);
        await Eventually.GetAsync(host.DeliveriesAsync, d => d.Count == 1);
        await host.PublishAsync(SampleEvents.Submitted(proposalId: proposal), second);
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.At("/ordered")), r => r.Any(x => x.WebhookId == second.ToString()), TimeSpan.FromSeconds(30));

        Assert.Equal([first.ToString(), first.ToString(), first.ToString(), second.ToString()], received.Select(r => r.WebhookId));
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failure()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, _) => Results.Redirect("http://169.254.169.254/latest/meta-data");
        await using var host = await WebhookHost.StartAsync();
        await host.SubscribeAsync("city-system@450100", receiver.Url("/moved"));

        await host.PublishAsync(SampleEvents.Submitted());
        var delivery = Assert.Single(await Eventually.GetAsync(host.DeliveriesAsync, d => d.Count == 1 && d[0].AttemptCount > 0));

        Assert.Equal(302, delivery.LastStatusCode);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Contains("not followed", delivery.LastError, StringComparison.Ordinal);
    }

    private sealed class RetryAfter(int status, string seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers.RetryAfter = seconds;
            return Task.CompletedTask;
        }
    }
}
