using HuiShang.Proposals.Domain;
using CallMessage = HuiShang.Contracts.Proposals.V1.Call;

namespace HuiShang.Proposals.Grpc;

internal static class CallMessages
{
    public static CallMessage ToMessage(this Call call) => new()
    {
        Id = call.Id.ToString(),
        JurisdictionCode = call.JurisdictionCode,
        Year = call.Year,
        OpensOn = ProposalMessages.Date(call.OpensOn),
        ClosesOn = ProposalMessages.Date(call.ClosesOn),
        PolicyVersion = call.PolicyVersion,
        CreatedAt = ProposalMessages.Instant(call.CreatedAt),
        CreatedBy = call.CreatedBy,
        Status = call.Status.ToString(),
    };
}
