using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Proposals.Tests;

/// <summary>api.md: a city sees its own region, a province role its jurisdiction; the rest is NOT_FOUND.</summary>
public sealed class TenancyTests
{
    [Fact]
    public async Task Another_citys_proposal_is_NOT_FOUND_to_read_and_to_submit()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id), host.As(ProposalsHost.NanningBureau));
        var liuzhou = host.As(ProposalsHost.LiuzhouBureau);

        await AssertNotFound(host, () => host.Channel.UnaryAsync(ProposalsApi.Get, new GetProposalRequest { Id = draft.Id }, liuzhou));
        await AssertNotFound(host, () => host.Channel.UnaryAsync(ProposalsApi.Submit, new SubmitProposalRequest { Id = draft.Id }, liuzhou));
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task Province_roles_see_their_own_jurisdiction_only()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id), host.As(ProposalsHost.NanningBureau));

        var seen = await host.Channel.UnaryAsync(ProposalsApi.Get, new GetProposalRequest { Id = draft.Id }, host.As(ProposalsHost.GuangxiPlanning));
        Assert.Equal(draft.Id, seen.Id);
        await AssertNotFound(host, () => host.Channel.UnaryAsync(ProposalsApi.Get, new GetProposalRequest { Id = draft.Id }, host.As(ProposalsHost.HebeiPlanning)));
    }

    [Fact]
    public async Task Only_a_city_bureau_creates_and_only_with_a_token()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();

        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id), host.As(ProposalsHost.GuangxiPlanning)));
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id), new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30))));

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(0, await host.CountProposalsAsync());
    }

    private static async Task AssertNotFound(ServiceHost host, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(1, await host.CountProposalsAsync());
    }
}
