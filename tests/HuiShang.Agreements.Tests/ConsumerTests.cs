using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.ServiceTesting;
using MassTransit;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>GX-14: one agreement per selected proposal, whatever the broker redelivers; broken events are refused.</summary>
public sealed class ConsumerTests
{
    [Fact]
    public async Task GX14_a_repeated_ProposalSelected_opens_one_agreement()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var selected = Selection(Parties.Nanning);
        await host.SelectedAsync(Parties.Nanning, selected);
        await host.PublishAsync(selected);
        await host.PublishAsync(selected with { SelectedAt = selected.SelectedAt.AddMinutes(1) });

        // Both repeats were consumed (their inbox rows exist) and changed nothing.
        await Eventually.GetAsync(() => host.CountAsync<InboxMessage>(), n => n >= 3);
        Assert.Equal(3, await host.CountAsync<InboxMessage>());
        Assert.Equal(1, await host.CountAsync<Domain.Agreement>());
        Assert.Single(await host.EventsAsync<AgreementDrafted>());
    }

    [Fact]
    public async Task GX14_a_ProposalSelected_without_a_region_faults_and_stores_nothing()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var faults = await PublishedEvents<Fault<ProposalSelected>>.ConnectAsync(host.Services);

        await host.PublishAsync(Selection(Parties.Nanning) with { RegionCode = "" });

        var received = await Eventually.GetAsync(() => Task.FromResult(faults.Received), f => f.Count > 0);
        var exception = Assert.Single(Assert.Single(received).Message.Exceptions);
        Assert.Equal(typeof(MessageRejectedException).FullName, exception.ExceptionType);
        Assert.Equal(0, await host.CountAsync<Domain.Agreement>());
        Assert.Empty((await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest(), host.As(Parties.Nanning.Planning))).Items);
    }

    [Fact]
    public async Task GX14_a_ProposalSelected_with_two_topics_of_the_same_trimmed_title_faults_and_stores_nothing()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var faults = await PublishedEvents<Fault<ProposalSelected>>.ConnectAsync(host.Services);

        await host.PublishAsync(Selection(Parties.Nanning, topics: ["人才引进", " 人才引进 "]));

        var received = await Eventually.GetAsync(() => Task.FromResult(faults.Received), f => f.Count > 0);
        var exception = Assert.Single(Assert.Single(received).Message.Exceptions);
        Assert.Equal(typeof(MessageRejectedException).FullName, exception.ExceptionType);
        Assert.Equal(0, await host.CountAsync<Domain.Agreement>());
    }
}
