using HuiShang.Contracts;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The proposals service (huishang.proposals.v1.Proposals) as the gateway calls it, calls for proposals included.</summary>
public sealed class ProposalsClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProposalsReflection.Descriptor.Services[0];
    private static readonly Method<CreateCallRequest, Call> CreateCallMethod = new(Service, "CreateCall");
    private static readonly Method<ListCallsRequest, ListCallsReply> ListCallsMethod = new(Service, "ListCalls");
    private static readonly Method<GetCallRequest, Call> GetCallMethod = new(Service, "GetCall");
    private static readonly Method<CreateProposalRequest, Proposal> CreateMethod = new(Service, "CreateProposal");
    private static readonly Method<UpdateProposalRequest, Proposal> UpdateMethod = new(Service, "UpdateProposal");
    private static readonly Method<SubmitProposalRequest, Proposal> SubmitMethod = new(Service, "SubmitProposal");
    private static readonly Method<ReturnProposalRequest, Proposal> ReturnMethod = new(Service, "ReturnProposal");
    private static readonly Method<WithdrawProposalRequest, Proposal> WithdrawMethod = new(Service, "WithdrawProposal");
    private static readonly Method<SelectProposalsRequest, SelectionReply> SelectMethod = new(Service, "SelectProposals");
    private static readonly Method<GetProposalRequest, Proposal> GetMethod = new(Service, "GetProposal");
    private static readonly Method<ListProposalsRequest, ListProposalsReply> ListMethod = new(Service, "ListProposals");
    private static readonly Method<GetProposalRequest, ProposalHistoryReply> HistoryMethod = new(Service, "GetProposalHistory");

    public Task<Call> CreateCallAsync(CreateCallRequest request, HttpContext caller) => CallAsync(CreateCallMethod, request, caller);

    public Task<Call> GetCallAsync(string id, HttpContext caller) => CallAsync(GetCallMethod, new GetCallRequest { Id = id }, caller);

    public Task<ListCallsReply> ListCallsAsync(int year, HttpContext caller) => CallAsync(ListCallsMethod, new ListCallsRequest { Year = year }, caller);

    public Task<Proposal> CreateAsync(CreateProposalRequest request, HttpContext caller) => CallAsync(CreateMethod, request, caller);

    public Task<Proposal> UpdateAsync(UpdateProposalRequest request, HttpContext caller) => CallAsync(UpdateMethod, request, caller);

    public Task<Proposal> SubmitAsync(string id, long expectedVersion, HttpContext caller) =>
        CallAsync(SubmitMethod, new SubmitProposalRequest { Id = id, ExpectedVersion = expectedVersion }, caller);

    public Task<Proposal> ReturnAsync(string id, string reason, HttpContext caller) =>
        CallAsync(ReturnMethod, new ReturnProposalRequest { Id = id, Reason = reason }, caller);

    public Task<Proposal> WithdrawAsync(string id, HttpContext caller) => CallAsync(WithdrawMethod, new WithdrawProposalRequest { Id = id }, caller);

    public Task<SelectionReply> SelectAsync(SelectProposalsRequest request, HttpContext caller) => CallAsync(SelectMethod, request, caller);

    public Task<Proposal> GetAsync(string id, HttpContext caller) => CallAsync(GetMethod, new GetProposalRequest { Id = id }, caller);

    public Task<ListProposalsReply> ListAsync(string callId, string status, HttpContext caller) =>
        CallAsync(ListMethod, new ListProposalsRequest { CallId = callId, Status = status }, caller);

    public Task<ProposalHistoryReply> HistoryAsync(string id, HttpContext caller) => CallAsync(HistoryMethod, new GetProposalRequest { Id = id }, caller);

    private Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, HttpContext caller)
        where TRequest : Google.Protobuf.IMessage<TRequest>
        where TResponse : Google.Protobuf.IMessage<TResponse> =>
        UpstreamCall.UnaryAsync(channels, Resources.Proposals, method, request, caller, options.Timeout);
}
