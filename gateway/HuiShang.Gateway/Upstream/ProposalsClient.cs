using HuiShang.Contracts;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The proposals service (huishang.proposals.v1.Proposals) as the gateway calls it.</summary>
public sealed class ProposalsClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProposalsReflection.Descriptor.Services[0];
    private static readonly Method<CreateProposalRequest, Proposal> CreateMethod = new(Service, "CreateProposal");
    private static readonly Method<SubmitProposalRequest, Proposal> SubmitMethod = new(Service, "SubmitProposal");
    private static readonly Method<GetProposalRequest, Proposal> GetMethod = new(Service, "GetProposal");

    public Task<Proposal> CreateAsync(CreateProposalRequest request, HttpContext caller) => CallAsync(CreateMethod, request, caller);

    public Task<Proposal> SubmitAsync(string id, HttpContext caller) => CallAsync(SubmitMethod, new SubmitProposalRequest { Id = id }, caller);

    public Task<Proposal> GetAsync(string id, HttpContext caller) => CallAsync(GetMethod, new GetProposalRequest { Id = id }, caller);

    private Task<Proposal> CallAsync<TRequest>(Method<TRequest, Proposal> method, TRequest request, HttpContext caller)
        where TRequest : Google.Protobuf.IMessage<TRequest> =>
        UpstreamCall.UnaryAsync(channels, Resources.Proposals, method, request, caller, options.Timeout);
}
