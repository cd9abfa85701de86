using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Contracts;

namespace HuiShang.Proposals.Tests;

public sealed class ValidationTests
{
    [Fact]
    public async Task Invalid_fields_are_listed_by_their_API_names_and_nothing_is_stored()
    {
        await using var host = await ProposalsHost.StartAsync();
        var request = ProposalRequests.Valid();
        request.Title = " ";
        request.PlannedMeetingOn = Wire.Date("2025-18-06");
        request.Topics[0].Title = "";
        request.Topics[0].RequestedSupport = Wire.Yuan("-5");
        request.Topics.Add(new Topic { Title = "第二个议题", Category = "", Field = "biomedicine" });

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Channel.UnaryAsync(ProposalsApi.Create, request, host.As(ProposalsHost.NanningBureau)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["plannedMeetingOn", "title", "topics[0].requestedSupport", "topics[0].title", "topics[1].category", "topics[1].requestedSupport"],
            error.GetFieldViolations().Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0, await host.CountProposalsAsync());
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task A_proposal_without_topics_names_the_topics_field()
    {
        await using var host = await ProposalsHost.StartAsync();
        var request = ProposalRequests.Valid();
        request.Topics.Clear();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Channel.UnaryAsync(ProposalsApi.Create, request, host.As(ProposalsHost.NanningBureau)));

        Assert.Equal("topics", Assert.Single(error.GetFieldViolations()).Field);
        Assert.Equal(0, await host.CountProposalsAsync());
    }
}
