using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;
using static HuiShang.Proposals.Tests.Scenario;

namespace HuiShang.Proposals.Tests;

/// <summary>Per RPC: own region works, another region or jurisdiction is NOT_FOUND, a wrong role PERMISSION_DENIED.</summary>
public sealed class TenancyPerRpcTests
{
    [Fact]
    public async Task Calls_belong_to_the_jurisdiction_and_are_opened_by_planning_only()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();

        var denied = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.CreateCall, new CreateCallRequest { Year = 2026 }, host.As(ProposalsHost.NanningBureau)));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        var duplicate = await RefusedAsync(() => host.OpenCallAsync());
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        var inverted = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.CreateCall,
            new CreateCallRequest { Year = 2027, OpensOn = Wire.Date("2027-03-01"), ClosesOn = Wire.Date("2027-02-01") }, host.As(ProposalsHost.GuangxiPlanning)));
        Assert.Equal(["closesOn"], Fields(inverted));

        Assert.Equal(call.Id, Assert.Single((await host.Channel.UnaryAsync(ProposalsApi.ListCalls, new ListCallsRequest(), host.As(ProposalsHost.NanningBureau))).Calls).Id);
        Assert.Empty((await host.Channel.UnaryAsync(ProposalsApi.ListCalls, new ListCallsRequest(), host.As(ProposalsHost.HebeiPlanning))).Calls);
        Assert.Equal(call.Id, (await host.Channel.UnaryAsync(ProposalsApi.GetCall, new GetCallRequest { Id = call.Id }, host.As(ProposalsHost.NanningBureau))).Id);
        foreach (var id in new[] { call.Id, Guid.NewGuid().ToString(), "not-an-id" })
        {
            var hidden = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.GetCall, new GetCallRequest { Id = id }, host.As(ProposalsHost.HebeiPlanning)));
            Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        }

        var otherCall = await RefusedAsync(() => host.DraftAsync(ProposalsHost.ShijiazhuangBureau, call.Id));
        Assert.Equal(["callId"], Fields(otherCall));
    }

    [Fact]
    public async Task City_steps_are_the_owning_regions_alone()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var update = LifecycleTests.ProposalRequestsForUpdate(draft.Id, 0);
        var withdraw = new WithdrawProposalRequest { Id = draft.Id };

        foreach (var other in new[] { ProposalsHost.LiuzhouBureau, ProposalsHost.ShijiazhuangBureau })
        {
            await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.Update, update, host.As(other)));
            await AssertStatus(StatusCode.NotFound, () => host.SubmitAsync(other, draft.Id));
            await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.Withdraw, withdraw, host.As(other)));
        }

        await AssertStatus(StatusCode.PermissionDenied, () => host.Channel.UnaryAsync(ProposalsApi.Update, update, host.As(ProposalsHost.GuangxiPlanning)));
        await AssertStatus(StatusCode.PermissionDenied, () => host.SubmitAsync(ProposalsHost.NanningLeader, draft.Id));
        await AssertStatus(StatusCode.PermissionDenied, () => host.Channel.UnaryAsync(ProposalsApi.Withdraw, withdraw, host.As(ProposalsHost.GuangxiPlanning)));

        await host.Channel.UnaryAsync(ProposalsApi.Update, update, host.As(ProposalsHost.NanningBureau));
        await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id);
        Assert.Equal("Withdrawn", (await host.Channel.UnaryAsync(ProposalsApi.Withdraw, withdraw, host.As(ProposalsHost.NanningBureau))).Status);
    }

    [Fact]
    public async Task Province_steps_stay_in_the_jurisdiction()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var nanning = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id);
        var liuzhou = await host.SubmittedAsync(ProposalsHost.LiuzhouBureau, call.Id);
        var returnRequest = new ReturnProposalRequest { Id = nanning.Id, Reason = "补充" };
        var select = new SelectProposalsRequest { CallId = call.Id, KeyProposalId = nanning.Id, GeneralProposalIds = { liuzhou.Id } };

        await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.Return, returnRequest, host.As(ProposalsHost.HebeiPlanning)));
        await AssertStatus(StatusCode.PermissionDenied, () => host.Channel.UnaryAsync(ProposalsApi.Return, returnRequest, host.As(ProposalsHost.NanningBureau)));
        await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.Select, select, host.As(ProposalsHost.HebeiPlanning)));
        await AssertStatus(StatusCode.PermissionDenied, () => host.Channel.UnaryAsync(ProposalsApi.Select, select, host.As(ProposalsHost.GuangxiDirector)));

        Assert.Equal("Returned", (await host.Channel.UnaryAsync(ProposalsApi.Return, returnRequest, host.As(ProposalsHost.GuangxiPlanning))).Status);
    }

    [Fact]
    public async Task Reads_are_filtered_by_region_and_jurisdiction()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var nanning = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        await host.DraftAsync(ProposalsHost.LiuzhouBureau, call.Id);
        var get = new GetProposalRequest { Id = nanning.Id };

        Assert.Equal(nanning.Id, Assert.Single((await host.Channel.UnaryAsync(ProposalsApi.List, new ListProposalsRequest(), host.As(ProposalsHost.NanningBureau))).Items).Id);
        Assert.Equal(2, (await host.Channel.UnaryAsync(ProposalsApi.List, new ListProposalsRequest { CallId = call.Id }, host.As(ProposalsHost.GuangxiPlanning))).Items.Count);
        Assert.Empty((await host.Channel.UnaryAsync(ProposalsApi.List, new ListProposalsRequest(), host.As(ProposalsHost.HebeiPlanning))).Items);
        Assert.Empty((await host.Channel.UnaryAsync(ProposalsApi.List, new ListProposalsRequest { Status = "Submitted" }, host.As(ProposalsHost.GuangxiPlanning))).Items);

        Assert.Single((await host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = get.Id }, host.As(ProposalsHost.NanningBureau))).Entries);
        await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = get.Id }, host.As(ProposalsHost.LiuzhouBureau)));
        await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = get.Id }, host.As(ProposalsHost.HebeiPlanning)));
        await AssertStatus(StatusCode.NotFound, () => host.Channel.UnaryAsync(ProposalsApi.Get, get, host.As(ProposalsHost.ShijiazhuangBureau)));
    }

    private static async Task AssertStatus(StatusCode expected, Func<Task> call) =>
        Assert.Equal(expected, (await RefusedAsync(call)).StatusCode);
}
