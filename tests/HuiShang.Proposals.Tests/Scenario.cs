using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Proposals.Tests;

/// <summary>Steps most tests share: open a call, create and submit proposals, select (refusals: ServiceTesting.Refusals).</summary>
internal static class Scenario
{
    public static async Task<Call> OpenCallAsync(this ServiceHost host, int year = 2025, string planning = ProposalsHost.GuangxiPlanning) =>
        await host.Channel.UnaryAsync(ProposalsApi.CreateCall, new CreateCallRequest { Year = year }, host.As(planning));

    public static Task<Proposal> DraftAsync(this ServiceHost host, string bureau, string callId, Action<CreateProposalRequest>? edit = null, string plannedMeetingOn = "2025-06-18")
    {
        var request = ProposalRequests.Valid(callId, plannedMeetingOn);
        edit?.Invoke(request);
        return host.Channel.UnaryAsync(ProposalsApi.Create, request, host.As(bureau));
    }

    public static Task<Proposal> SubmitAsync(this ServiceHost host, string bureau, string id, long expectedVersion = 0) =>
        host.Channel.UnaryAsync(ProposalsApi.Submit, new SubmitProposalRequest { Id = id, ExpectedVersion = expectedVersion }, host.As(bureau));

    public static async Task<Proposal> SubmittedAsync(this ServiceHost host, string bureau, string callId, string plannedMeetingOn = "2025-06-18") =>
        await host.SubmitAsync(bureau, (await host.DraftAsync(bureau, callId, plannedMeetingOn: plannedMeetingOn)).Id);

    public static Task<SelectionReply> SelectAsync(this ServiceHost host, string callId, string? key, params string[] general)
    {
        var request = new SelectProposalsRequest { CallId = callId, KeyProposalId = key ?? "" };
        request.GeneralProposalIds.AddRange(general);
        return host.Channel.UnaryAsync(ProposalsApi.Select, request, host.As(ProposalsHost.GuangxiPlanning));
    }

    /// <summary>A 2025 round where Nanning is key and Liuzhou general: neither is a first consultation afterwards.</summary>
    public static async Task<SelectionReply> SelectedRound2025Async(this ServiceHost host)
    {
        var call = await host.OpenCallAsync(2025);
        var nanning = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id);
        var liuzhou = await host.SubmittedAsync(ProposalsHost.LiuzhouBureau, call.Id);
        return await host.SelectAsync(call.Id, nanning.Id, liuzhou.Id);
    }
}
