using HuiShang.Contracts.Proposals.V1;

namespace HuiShang.Gateway.Upstream;

/// <summary>The proposals service (huishang.proposals.v1.Proposals) as the gateway calls it, calls for proposals included.</summary>
public sealed class ProposalsClient(HuiShang.Contracts.Proposals.V1.Proposals.ProposalsClient grpc)
{
    public Task<Call> CreateCallAsync(CreateCallRequest request) => grpc.CreateCallAsync(request).ResponseAsync;

    public Task<Call> GetCallAsync(string id) => grpc.GetCallAsync(new GetCallRequest { Id = id }).ResponseAsync;

    public Task<ListCallsReply> ListCallsAsync(int year) => grpc.ListCallsAsync(new ListCallsRequest { Year = year }).ResponseAsync;

    public Task<Proposal> CreateAsync(CreateProposalRequest request) => grpc.CreateProposalAsync(request).ResponseAsync;

    public Task<Proposal> UpdateAsync(UpdateProposalRequest request) => grpc.UpdateProposalAsync(request).ResponseAsync;

    public Task<Proposal> SubmitAsync(string id, long expectedVersion) =>
        grpc.SubmitProposalAsync(new SubmitProposalRequest { Id = id, ExpectedVersion = expectedVersion }).ResponseAsync;

    public Task<Proposal> ReturnAsync(string id, string reason) =>
        grpc.ReturnProposalAsync(new ReturnProposalRequest { Id = id, Reason = reason }).ResponseAsync;

    public Task<Proposal> WithdrawAsync(string id) => grpc.WithdrawProposalAsync(new WithdrawProposalRequest { Id = id }).ResponseAsync;

    public Task<SelectionReply> SelectAsync(SelectProposalsRequest request) => grpc.SelectProposalsAsync(request).ResponseAsync;

    public Task<Proposal> GetAsync(string id) => grpc.GetProposalAsync(new GetProposalRequest { Id = id }).ResponseAsync;

    public Task<ListProposalsReply> ListAsync(string callId, string status) =>
        grpc.ListProposalsAsync(new ListProposalsRequest { CallId = callId, Status = status }).ResponseAsync;

    public Task<ProposalHistoryReply> HistoryAsync(string id) => grpc.GetProposalHistoryAsync(new GetProposalRequest { Id = id }).ResponseAsync;
}
