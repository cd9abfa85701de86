using Grpc.Core;
using HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>A subscriber receives and manages only what the API's tenancy lets it see (api.md).</summary>
public sealed class SubscriptionTenancyTests
{
    private static readonly string[] Subscribers =
        ["city-system@450100", "city-system@450200", "city-system@650100", "province-planning@450000", "province-planning@130000", "admin@000000"];

    [Fact]
    public async Task Each_subscriber_receives_the_events_of_its_own_region_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        foreach (var user in Subscribers)
        {
            await host.SubscribeAsync(user, receiver.Url("/" + user));
        }

        var nanning = SampleEvents.Submitted("450100", "450000");
        var shijiazhuang = SampleEvents.Signed("130100", "130000");
        var districtOfUrumqi = SampleEvents.DistrictShortfall();
        await host.PublishAsync(nanning);
        await host.PublishAsync(shijiazhuang);
        await host.PublishAsync(districtOfUrumqi);
        await Eventually.GetAsync(() => Task.FromResult(receiver.Received), r => r.Count >= 7);
        await Task.Delay(500);

        var seen = Subscribers.ToDictionary(u => u, u => receiver.At("/" + u).Select(r => Subject(r.Body)).Order().ToList());
        string[] Expect(params object[] subjects) => [.. subjects.Select(s => s.ToString()!).Order()];
        Assert.Equal(Expect(nanning.ProposalId), seen["city-system@450100"]);
        Assert.Empty(seen["city-system@450200"]);
        Assert.Equal(Expect(districtOfUrumqi.ProjectId), seen["city-system@650100"]);
        Assert.Equal(Expect(nanning.ProposalId), seen["province-planning@450000"]);
        Assert.Equal(Expect(shijiazhuang.AgreementId), seen["province-planning@130000"]);
        Assert.Equal(Expect(nanning.ProposalId, shijiazhuang.AgreementId, districtOfUrumqi.ProjectId), seen["admin@000000"]);
    }

    [Fact]
    public async Task A_province_filter_narrows_to_one_city_and_a_filter_outside_the_scope_is_refused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        await host.Channel.UnaryAsync(
            NotificationsApi.CreateSubscription, new CreateSubscriptionRequest { Url = receiver.Url("/nanning"), FilterRegion = "450200" }, host.As("province-planning@450000"));

        await host.PublishAsync(SampleEvents.Submitted("450100"));
        var liuzhou = SampleEvents.Submitted("450200");
        await host.PublishAsync(liuzhou);
        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.Received), r => r.Count >= 1);
        await Task.Delay(400);

        Assert.Equal(liuzhou.ProposalId.ToString(), Subject(Assert.Single(receiver.Received).Body));
        var refused = await Refusals.RefusedAsync(() => host.Channel.UnaryAsync(
            NotificationsApi.CreateSubscription, new CreateSubscriptionRequest { Url = receiver.Url("/x"), FilterRegion = "450200" }, host.As("city-system@450100")));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("filterRegion", Refusals.Fields(refused));
        Assert.NotNull(received);
    }

    [Fact]
    public async Task Another_city_cannot_see_or_change_a_subscription_the_admin_can_and_other_roles_cannot_subscribe()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var mine = await host.SubscribeAsync("city-system@450100", receiver.Url("/mine"));
        var id = new SubscriptionRef { Id = mine.Subscription.Id };

        var hidden = await Refusals.RefusedAsync(() => host.Channel.UnaryAsync(NotificationsApi.GetSubscription, id, host.As("city-system@450200")));
        var paused = await Refusals.RefusedAsync(() => host.Channel.UnaryAsync(NotificationsApi.PauseSubscription, id, host.As("province-planning@450000")));
        var bureau = await Refusals.RefusedAsync(() => host.SubscribeAsync("city-bureau@450100", receiver.Url("/bureau")));
        var others = await host.Channel.UnaryAsync(NotificationsApi.ListSubscriptions, new ListSubscriptionsRequest(), host.As("city-system@450200"));
        var admin = await host.Channel.UnaryAsync(NotificationsApi.GetSubscription, id, host.As("admin@000000"));

        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(StatusCode.NotFound, paused.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, bureau.StatusCode);
        Assert.Empty(others.Items);
        Assert.Equal("city", admin.ScopeLevel);
        Assert.Equal("450100", admin.ScopeRegion);
    }

    private static string Subject(string body) => System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("subject").GetString()!;

    [Fact]
    public async Task A_list_of_event_types_longer_than_the_catalogue_is_refused_whole_and_nothing_is_stored()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await WebhookHost.StartAsync();
        var request = new CreateSubscriptionRequest { Url = receiver.Url("/many") };
        request.EventTypes.AddRange(Enumerable.Repeat("cn.huishang.nothing.v1", 5_000));

        var refused = await Refusals.RefusedAsync(() => host.Channel.UnaryAsync(NotificationsApi.CreateSubscription, request, host.As("city-system@450100")));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("eventTypes", Refusals.Fields(refused));
        Assert.True(Refusals.Fields(refused).Count() <= HuiShang.Notifications.Webhooks.EventCatalog.All.Count + 1);
        Assert.Equal(0, await host.QueryAsync<Data.NotificationsDbContext, int>(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Subscriptions, CancellationToken.None)));
    }
}
