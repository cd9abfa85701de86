using HuiShang.Contracts.Common.V1;
using V1 = HuiShang.Contracts.Proposals.V1;

namespace HuiShang.Gateway.Proposals;

/// <summary>The proposals service (huishang.proposals.v1.Proposals) as the gateway calls it, calls for proposals included.</summary>
public sealed class ProposalsClient(HuiShang.Contracts.Proposals.V1.Proposals.ProposalsClient grpc)
{
    public Task<V1.Call> CreateCallAsync(V1.CreateCallRequest request) => grpc.CreateCallAsync(request).ResponseAsync;

    public Task<V1.Call> GetCallAsync(string id) => grpc.GetCallAsync(new V1.GetCallRequest { Id = id }).ResponseAsync;

    public Task<V1.ListCallsReply> ListCallsAsync(int year, PageParameters page) =>
        grpc.ListCallsAsync(new V1.ListCallsRequest { Year = year, Page = page.ToMessage() }).ResponseAsync;

    public Task<V1.Proposal> CreateAsync(V1.CreateProposalRequest request) => grpc.CreateProposalAsync(request).ResponseAsync;

    public Task<V1.Proposal> UpdateAsync(V1.UpdateProposalRequest request) => grpc.UpdateProposalAsync(request).ResponseAsync;

    public Task<V1.Proposal> SubmitAsync(string id, long expectedVersion) =>
        grpc.SubmitProposalAsync(new V1.SubmitProposalRequest { Id = id, ExpectedVersion = expectedVersion }).ResponseAsync;

    public Task<V1.Proposal> ReturnAsync(string id, string reason) =>
        grpc.ReturnProposalAsync(new V1.ReturnProposalRequest { Id = id, Reason = reason }).ResponseAsync;

    public Task<V1.Proposal> WithdrawAsync(string id) => grpc.WithdrawProposalAsync(new V1.WithdrawProposalRequest { Id = id }).ResponseAsync;

    public Task<V1.SelectionReply> SelectAsync(V1.SelectProposalsRequest request) => grpc.SelectProposalsAsync(request).ResponseAsync;

    public Task<V1.Proposal> GetAsync(string id) => grpc.GetProposalAsync(new V1.GetProposalRequest { Id = id }).ResponseAsync;

    public Task<V1.ListProposalsReply> ListAsync(string callId, string status, PageParameters page) =>
        grpc.ListProposalsAsync(new V1.ListProposalsRequest { CallId = callId, Status = status, Page = page.ToMessage() }).ResponseAsync;

    public Task<V1.ProposalHistoryReply> HistoryAsync(string id, PageRequest page) =>
        grpc.GetProposalHistoryAsync(new V1.GetProposalHistoryRequest { Id = id, Page = page }).ResponseAsync;
}
