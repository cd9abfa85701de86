using HuiShang.Contracts;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.ServiceTesting;

namespace HuiShang.Proposals.Tests;

public sealed class CreateAndSubmitTests
{
    [Fact]
    public async Task Create_then_submit_stores_the_proposal_and_publishes_exactly_one_ProposalSubmitted()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var published = await PublishedEvents<ProposalSubmitted>.ConnectAsync(host.Services);
        var bureau = host.As(ProposalsHost.NanningBureau);

        var draft = await host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id), bureau);
        Assert.Equal("Draft", draft.Status);
        Assert.Equal("450100", draft.RegionCode);
        Assert.Equal("450000", draft.JurisdictionCode);
        Assert.Empty(await host.OutboxAsync());

        var submitted = await host.Channel.UnaryAsync(ProposalsApi.Submit, new SubmitProposalRequest { Id = draft.Id }, bureau);
        Assert.Equal("Submitted", submitted.Status);
        Assert.True(submitted.Version > draft.Version);
        Assert.NotEmpty(submitted.SubmittedAt.Text());

        var stored = await host.Channel.UnaryAsync(ProposalsApi.Get, new GetProposalRequest { Id = draft.Id }, bureau);
        Assert.Equal("Submitted", stored.Status);
        Assert.Equal("1500000.00", Assert.Single(stored.Topics).RequestedSupport.Text());
        Assert.Equal("2025-06-18", stored.PlannedMeetingOn.Text());

        var received = await Eventually.GetAsync(() => Task.FromResult(published.Received), r => r.Count > 0);
        var message = Assert.Single(received).Message;
        Assert.Equal(Guid.Parse(draft.Id), message.ProposalId);
        Assert.Equal("450100", message.RegionCode);
        Assert.Equal("450000", message.JurisdictionCode);
        Assert.Equal(1, message.TopicCount);
        Assert.Equal(ProposalsHost.NanningBureau, message.SubmittedBy);

        var outbox = await Eventually.GetAsync(host.OutboxAsync, rows => rows.All(r => r.SentAt is not null));
        var row = Assert.Single(outbox);
        Assert.Contains(nameof(ProposalSubmitted), row.MessageType, StringComparison.Ordinal);
        Assert.NotNull(row.SentAt);
        Assert.Single(published.Received);
    }

    [Fact]
    public async Task A_second_submit_is_FAILED_PRECONDITION_invalid_state_and_publishes_nothing_more()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var bureau = host.As(ProposalsHost.NanningBureau);
        var draft = await host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id), bureau);
        await host.Channel.UnaryAsync(ProposalsApi.Submit, new SubmitProposalRequest { Id = draft.Id }, bureau);

        var error = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            host.Channel.UnaryAsync(ProposalsApi.Submit, new SubmitProposalRequest { Id = draft.Id }, bureau));

        Assert.Equal(global::Grpc.Core.StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("invalid-state", error.GetProblemType());
        Assert.Single(await host.OutboxAsync());
    }
}
