using Grpc.Core;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain.Webhooks;
using Subscription = HuiShang.Notifications.Domain.Webhooks.Subscription;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>SSRF (decision 020): internal addresses are refused when subscribing and again when connecting.</summary>
public sealed class TargetRefusalTests
{
    [Theory]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[::ffff:127.0.0.1]/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://192.168.1.10/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://localhost:8443/hooks")]
    [InlineData("http://93.184.215.14/hooks")]
    [InlineData("ftp://93.184.215.14/hooks")]
    [InlineData("https://user:secret@93.184.215.14/hooks")]
    public async Task An_internal_or_non_https_target_is_refused_when_subscribing(string url)
    {
        await using var host = await WebhookHost.StartAsync(WebhookHost.FastSettings(allowedTargets: null));

        var refused = await Refusals.RefusedAsync(() => host.SubscribeAsync("city-system@450100", url));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["url"], Refusals.Fields(refused));
    }

    [Fact]
    public async Task A_target_that_resolves_inside_by_the_time_of_delivery_is_not_connected_to()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync(WebhookHost.FastSettings(allowedTargets: null));
        // As if the name had resolved to a public address when the subscription was made (DNS rebinding).
        await host.QueryAsync<Data.NotificationsDbContext, int>(db =>
        {
            db.Subscriptions.Add(new Subscription
            {
                Id = Guid.NewGuid(), OwnerRole = "city-system", OwnerRegion = "450100", OwnerSubject = "city-system@450100",
                ScopeLevel = SubscriptionScope.City, ScopeRegion = "450100", Url = receiver.Url("/rebound").Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
            });
            return db.SaveChangesAsync();
        });

        await host.PublishAsync(SampleEvents.Submitted());
        var delivery = Assert.Single(await Eventually.GetAsync(host.DeliveriesAsync, d => d.Count == 1 && d[0].AttemptCount > 0));

        Assert.Equal(0, delivery.LastStatusCode);
        Assert.Contains("Refused", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }
}
