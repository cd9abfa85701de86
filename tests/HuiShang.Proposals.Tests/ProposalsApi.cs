using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Proposals.Tests;

/// <summary>Typed handles on huishang.proposals.v1.Proposals.</summary>
internal static class ProposalsApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProposalsReflection.Descriptor.Services[0];

    public static readonly Method<CreateProposalRequest, Proposal> Create = new(Service, "CreateProposal");

    public static readonly Method<SubmitProposalRequest, Proposal> Submit = new(Service, "SubmitProposal");

    public static readonly Method<GetProposalRequest, Proposal> Get = new(Service, "GetProposal");
}
