using HuiShang.Contracts.Events;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Notifications.Tests;

/// <summary>Evaluation's overdue notices (GX-19, GX-18): the owner first, then the coordinating division, then the director.</summary>
public sealed class TrackingNoticeTests
{
    private static readonly Guid AgreementId = Guid.NewGuid();

    [Fact]
    public async Task GX_19_an_overdue_ledger_reminds_the_city_bureau_then_escalates_to_planning_and_the_director()
    {
        await using var host = await NotificationsHost.StartAsync();

        await PublishAsync(host, new LedgerOverdue(AgreementId, "450100", "450000", 2025, 1, new DateOnly(2025, 4, 15), 0, "GX-19", DateTimeOffset.UtcNow));
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 1);
        Assert.Empty((await InboxAsync(host, "province-planning@450000")).Items);
        await PublishAsync(host, new LedgerOverdue(AgreementId, "450100", "450000", 2025, 1, new DateOnly(2025, 4, 15), 1, "GX-19", DateTimeOffset.UtcNow));
        await PublishAsync(host, new LedgerOverdue(AgreementId, "450100", "450000", 2025, 1, new DateOnly(2025, 4, 15), 2, "GX-19", DateTimeOffset.UtcNow));
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 6);

        var bureau = (await InboxAsync(host, "city-bureau@450100")).Items;
        var planning = (await InboxAsync(host, "province-planning@450000")).Items;
        var director = Assert.Single((await InboxAsync(host, "province-director@450000")).Items);
        Assert.Equal(3, bureau.Count);
        Assert.Equal(2, planning.Count);
        Assert.All(bureau, e => Assert.Equal(NotificationTypes.LedgerOverdue, e.Type));
        Assert.Contains("2025-04-15", director.Body, StringComparison.Ordinal);
        Assert.Contains("厅领导", director.Title, StringComparison.Ordinal);
        Assert.Empty((await InboxAsync(host, "city-bureau@450200")).Items);
    }

    [Fact]
    public async Task GX_19_an_overdue_annual_report_reminds_the_city_bureau()
    {
        await using var host = await NotificationsHost.StartAsync();

        await PublishAsync(host, new AnnualReportOverdue(AgreementId, "450100", "450000", 2025, new DateOnly(2025, 12, 25), 0, "GX-19", DateTimeOffset.UtcNow));
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 1);

        var entry = Assert.Single((await InboxAsync(host, "city-bureau@450100")).Items);
        Assert.Equal(NotificationTypes.AnnualReportOverdue, entry.Type);
        Assert.Contains("12-25", entry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GX_18_an_overdue_province_item_reminds_only_the_division_it_was_assigned_to()
    {
        await using var host = await NotificationsHost.StartAsync();

        await PublishAsync(host, new ObligationOverdue(AgreementId, Guid.NewGuid(), "450100", "450000", "支持建设重点实验室", "province", "high-tech",
            new DateOnly(2026, 6, 30), 0, "GX-18", DateTimeOffset.UtcNow));
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 1);

        Assert.Contains("支持建设重点实验室", Assert.Single((await InboxAsync(host, "province-division.high-tech@450000")).Items).Body, StringComparison.Ordinal);
        Assert.Empty((await InboxAsync(host, "province-division.agriculture@450000")).Items);
        Assert.Empty((await InboxAsync(host, "city-bureau@450100")).Items);
    }

    private static Task<ListInboxReply> InboxAsync(ServiceHost host, string user) =>
        host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As(user));

    private static Task PublishAsync<T>(ServiceHost host, T message)
        where T : class =>
        host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = NewId.NextGuid());
}
