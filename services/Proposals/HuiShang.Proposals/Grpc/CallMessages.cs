using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Common.V1;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Audit;
using CallMessage = HuiShang.Contracts.Proposals.V1.Call;

namespace HuiShang.Proposals.Grpc;

internal static class CallMessages
{
    public static CallMessage ToMessage(this Call call) => new()
    {
        Id = call.Id.ToString(),
        JurisdictionCode = call.JurisdictionCode,
        Year = call.Year,
        OpensOn = Date.From(call.OpensOn),
        ClosesOn = Date.From(call.ClosesOn),
        PolicyVersion = call.PolicyVersion,
        CreatedAt = Timestamp.FromDateTimeOffset(call.CreatedAt),
        CreatedBy = call.CreatedBy,
        Status = call.Status.ToString(),
    };
}
