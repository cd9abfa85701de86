using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Proposals.Tests;

/// <summary>Typed handles on huishang.proposals.v1.Proposals.</summary>
internal static class ProposalsApi
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = ProposalsReflection.Descriptor.Services[0];

    public static readonly UnaryMethod<CreateCallRequest, Call> CreateCall = new(Service, "CreateCall");

    public static readonly UnaryMethod<ListCallsRequest, ListCallsReply> ListCalls = new(Service, "ListCalls");
    public static readonly UnaryMethod<GetCallRequest, Call> GetCall = new(Service, "GetCall");

    public static readonly UnaryMethod<CreateProposalRequest, Proposal> Create = new(Service, "CreateProposal");

    public static readonly UnaryMethod<UpdateProposalRequest, Proposal> Update = new(Service, "UpdateProposal");

    public static readonly UnaryMethod<SubmitProposalRequest, Proposal> Submit = new(Service, "SubmitProposal");

    public static readonly UnaryMethod<ReturnProposalRequest, Proposal> Return = new(Service, "ReturnProposal");

    public static readonly UnaryMethod<WithdrawProposalRequest, Proposal> Withdraw = new(Service, "WithdrawProposal");

    public static readonly UnaryMethod<SelectProposalsRequest, SelectionReply> Select = new(Service, "SelectProposals");

    public static readonly UnaryMethod<GetProposalRequest, Proposal> Get = new(Service, "GetProposal");

    public static readonly UnaryMethod<ListProposalsRequest, ListProposalsReply> List = new(Service, "ListProposals");

    public static readonly UnaryMethod<GetProposalHistoryRequest, ProposalHistoryReply> History = new(Service, "GetProposalHistory");

    public static readonly UnaryMethod<HuiShang.Contracts.Common.V1.VerifyHistoryRequest, HuiShang.Contracts.Common.V1.HistoryVerification> VerifyHistory =
        new(Service, "VerifyHistory");
}
