using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Proposals.Tests;

/// <summary>Typed handles on huishang.proposals.v1.Proposals.</summary>
internal static class ProposalsApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProposalsReflection.Descriptor.Services[0];

    public static readonly Method<CreateCallRequest, Call> CreateCall = new(Service, "CreateCall");

    public static readonly Method<ListCallsRequest, ListCallsReply> ListCalls = new(Service, "ListCalls");
    public static readonly Method<GetCallRequest, Call> GetCall = new(Service, "GetCall");

    public static readonly Method<CreateProposalRequest, Proposal> Create = new(Service, "CreateProposal");

    public static readonly Method<UpdateProposalRequest, Proposal> Update = new(Service, "UpdateProposal");

    public static readonly Method<SubmitProposalRequest, Proposal> Submit = new(Service, "SubmitProposal");

    public static readonly Method<ReturnProposalRequest, Proposal> Return = new(Service, "ReturnProposal");

    public static readonly Method<WithdrawProposalRequest, Proposal> Withdraw = new(Service, "WithdrawProposal");

    public static readonly Method<SelectProposalsRequest, SelectionReply> Select = new(Service, "SelectProposals");

    public static readonly Method<GetProposalRequest, Proposal> Get = new(Service, "GetProposal");

    public static readonly Method<ListProposalsRequest, ListProposalsReply> List = new(Service, "ListProposals");

    public static readonly Method<GetProposalRequest, ProposalHistoryReply> History = new(Service, "GetProposalHistory");
}
