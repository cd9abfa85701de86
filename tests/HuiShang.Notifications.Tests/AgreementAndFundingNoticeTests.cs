using HuiShang.Contracts.Events;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Notifications.Tests;

/// <summary>The reminders and notices of domain.md §2.6 that Agreements and Funding raise, as their recipients see them.</summary>
public sealed class AgreementAndFundingNoticeTests
{
    private static readonly Guid AgreementId = Guid.NewGuid();

    [Fact]
    public async Task GX15_late_divisions_are_reminded_each_in_its_own_inbox_and_planning_sees_who_is_late()
    {
        await using var host = await NotificationsHost.StartAsync();
        var overdue = new CommentRoundOverdue(AgreementId, Guid.NewGuid(), "450100", "450000", ["high-tech", "agriculture"], new DateOnly(2026, 3, 20), DateTimeOffset.UtcNow);

        await PublishAsync(host, overdue, NewId.NextGuid());
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 3);

        var highTech = await InboxAsync(host, "province-division.high-tech@450000");
        var rural = await InboxAsync(host, "province-division.agriculture@450000");
        var other = await InboxAsync(host, "province-division.basic-research@450000");
        var planning = await InboxAsync(host, "province-planning@450000");
        Assert.Equal(NotificationTypes.CommentRoundOverdue, Assert.Single(highTech.Items).Type);
        Assert.Equal(AgreementId.ToString(), Assert.Single(rural.Items).SubjectId);
        Assert.Empty(other.Items);
        Assert.Contains("high-tech", Assert.Single(planning.Items).Body, StringComparison.Ordinal);
        Assert.Contains("2026-03-20", planning.Items[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_agreement_reaches_the_city_bureau_its_system_and_planning_once_even_when_redelivered()
    {
        await using var host = await NotificationsHost.StartAsync();
        var signed = new AgreementSigned(
            AgreementId, Guid.NewGuid(), "framework", null, "450100", "450000", "Key", 2026, 4,
            [new AgreedItemTerms("新能源汽车零部件", "new-energy", "city", "南宁市科技局", [], "张三", new DateOnly(2027, 6, 30))],
            new DateOnly(2026, 6, 18), new DateOnly(2029, 6, 18), "province-director@450000", "city-leader@450100", "gx/2019-01-01", DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await PublishAsync(host, signed, messageId);
        await PublishAsync(host, signed, messageId);
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count >= 3);
        await Task.Delay(300);

        var entries = await host.EntriesAsync();
        Assert.Equal(["city-bureau@450100", "city-system@450100", "province-planning@450000"],
            entries.Select(e => $"{e.RecipientRole}@{e.RecipientRegion}").Order(StringComparer.Ordinal));
        var bureau = Assert.Single((await InboxAsync(host, "city-bureau@450100")).Items);
        Assert.Contains("2029-06-18", bureau.Body, StringComparison.Ordinal);
        Assert.Empty((await InboxAsync(host, "city-bureau@450200")).Items);
    }

    [Fact]
    public async Task HB15_an_expiring_framework_reminds_both_sides()
    {
        await using var host = await NotificationsHost.StartAsync();
        await PublishAsync(host, new AgreementExpiring(AgreementId, "130100", "130000", new DateOnly(2031, 5, 1), 90, DateTimeOffset.UtcNow), NewId.NextGuid());
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 2);

        Assert.Equal(NotificationTypes.AgreementExpiring, Assert.Single((await InboxAsync(host, "city-bureau@130100")).Items).Type);
        Assert.Contains("HB-15", Assert.Single((await InboxAsync(host, "province-planning@130000")).Items).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XJ42_a_district_shortfall_reaches_the_district_its_city_and_the_region_but_not_other_districts()
    {
        await using var host = await NotificationsHost.StartAsync();
        var shortfall = new MatchingShortfallDetected(
            Guid.NewGuid(), "650100", "650102", "650000", "district", 1_200_000m, 200_000m, new DateOnly(2025, 9, 30), "XJ-4.2", DateTimeOffset.UtcNow);

        await PublishAsync(host, shortfall, NewId.NextGuid());
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 3);

        var district = Assert.Single((await InboxAsync(host, "district@650102")).Items);
        Assert.Contains("1,200,000.00", district.Body, StringComparison.Ordinal);
        Assert.Single((await InboxAsync(host, "city-bureau@650100")).Items);
        Assert.Single((await InboxAsync(host, "province-planning@650000")).Items);
        Assert.Empty((await InboxAsync(host, "district@650103")).Items);
    }

    [Fact]
    public async Task A_comment_round_notice_without_late_divisions_is_rejected_and_creates_nothing()
    {
        await using var host = await NotificationsHost.StartAsync();
        var consumed = ConsumedMessages<CommentRoundOverdue>.Connect(host.Services);

        await PublishAsync(host, new CommentRoundOverdue(AgreementId, Guid.NewGuid(), "450100", "450000", [], new DateOnly(2026, 3, 20), DateTimeOffset.UtcNow), NewId.NextGuid());

        await Eventually.GetAsync(() => Task.FromResult(consumed.Faulted), f => f > 0);
        Assert.Equal(0, await host.QueryAsync<Data.NotificationsDbContext, int>(db => db.InboxEntries.CountAsync()));
    }

    private static Task<ListInboxReply> InboxAsync(ServiceHost host, string user) =>
        host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As(user));

    private static Task PublishAsync<T>(ServiceHost host, T message, Guid messageId)
        where T : class =>
        host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
}
