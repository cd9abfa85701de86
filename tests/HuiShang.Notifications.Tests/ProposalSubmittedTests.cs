using HuiShang.Contracts.Events;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Notifications.Domain;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Notifications.Tests;

public sealed class ProposalSubmittedTests
{
    private static readonly ProposalSubmitted Submitted = new(
        Guid.NewGuid(), "450100", "450000", "南宁市 2025 年厅市会商建议", 3, DateTimeOffset.UtcNow, "city-bureau@450100");

    [Fact]
    public async Task The_same_message_consumed_twice_creates_one_inbox_entry()
    {
        await using var host = await NotificationsHost.StartAsync();
        var consumed = ConsumedMessages<ProposalSubmitted>.Connect(host.Services);
        var messageId = NewId.NextGuid();

        await PublishAsync(host, Submitted, messageId);
        await PublishAsync(host, Submitted, messageId);
        await Eventually.GetAsync(() => Task.FromResult(consumed.Consumed + consumed.Faulted), n => n >= 2);

        Assert.Equal(2, consumed.Consumed);
        var entry = Assert.Single(await host.EntriesAsync());
        Assert.Equal("province-planning", entry.RecipientRole);
        Assert.Equal("450000", entry.RecipientRegion);
        Assert.Equal(NotificationTypes.ProposalSubmitted, entry.Type);
        Assert.Equal(Submitted.ProposalId.ToString(), entry.SubjectId);
        Assert.Equal("450100", entry.RegionCode);
        Assert.Equal(messageId, entry.SourceMessageId);
    }

    [Fact]
    public async Task The_inbox_shows_the_entry_to_planning_of_that_jurisdiction_only()
    {
        await using var host = await NotificationsHost.StartAsync();
        await PublishAsync(host, Submitted, NewId.NextGuid());
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count > 0);

        var guangxi = await host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As("province-planning@450000"));
        var hebei = await host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As("province-planning@130000"));
        var director = await host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As("province-director@450000"));

        var item = Assert.Single(guangxi.Items);
        Assert.Equal("cn.huishang.proposal.submitted.v1", item.Type);
        Assert.Equal(Submitted.ProposalId.ToString(), item.SubjectId);
        Assert.Contains("南宁市", item.Title, StringComparison.Ordinal);
        Assert.Empty(hebei.Items);
        Assert.Empty(director.Items);
    }

    [Fact]
    public async Task The_inbox_lists_newest_first()
    {
        await using var host = await NotificationsHost.StartAsync();
        var first = Submitted with { ProposalId = Guid.NewGuid() };
        var second = Submitted with { ProposalId = Guid.NewGuid(), RegionCode = "450200" };
        await PublishAsync(host, first, NewId.NextGuid());
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 1);
        await PublishAsync(host, second, NewId.NextGuid());
        await Eventually.GetAsync(host.EntriesAsync, entries => entries.Count == 2);

        var inbox = await host.Channel.UnaryAsync(NotificationsApi.ListInbox, new ListInboxRequest(), host.As("province-planning@450000"));

        Assert.Equal([second.ProposalId.ToString(), first.ProposalId.ToString()], inbox.Items.Select(i => i.SubjectId));
    }

    [Theory]
    [InlineData("450100", "")]
    [InlineData("", "450000")]
    public async Task A_submission_event_without_region_or_jurisdiction_faults_and_creates_no_entry(string region, string jurisdiction)
    {
        await using var host = await NotificationsHost.StartAsync();
        var consumed = ConsumedMessages<ProposalSubmitted>.Connect(host.Services);

        await PublishAsync(host, Submitted with { RegionCode = region, JurisdictionCode = jurisdiction }, NewId.NextGuid());

        await Eventually.GetAsync(() => Task.FromResult(consumed.Faulted), f => f > 0);
        Assert.True(consumed.Faulted > 0, "the malformed event must fault, not be applied");
        Assert.Equal(0, await host.QueryAsync<Data.NotificationsDbContext, int>(db => db.InboxEntries.CountAsync()));
    }

    private static Task PublishAsync(ServiceHost host, ProposalSubmitted message, Guid messageId) =>
        host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
}
