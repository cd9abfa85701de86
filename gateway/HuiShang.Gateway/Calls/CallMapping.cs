using V1 = HuiShang.Contracts.Proposals.V1;

namespace HuiShang.Gateway.Calls;

/// <summary>Calls for proposals: JSON models ↔ proposals messages, by hand.</summary>
internal static class CallMapping
{
    public static V1.CreateCallRequest ToMessage(CreateCallRequest request) => new()
    {
        Year = request.Year ?? 0,
        OpensOn = WireValues.Date(request.OpensOn),
        ClosesOn = WireValues.Date(request.ClosesOn),
    };

    public static CallResponse ToResponse(V1.Call call) => new(
        call.Id,
        call.JurisdictionCode,
        call.Year,
        WireValues.ParseDate(call.OpensOn, "opens_on"),
        WireValues.ParseDate(call.ClosesOn, "closes_on"),
        call.PolicyVersion,
        WireValues.ParseInstant(call.CreatedAt, "created_at"),
        call.CreatedBy,
        call.Status);

    public static CallListResponse ToResponse(V1.ListCallsReply reply) => new(reply.Calls.Select(ToResponse).ToList(), PageParameters.Next(reply.Page));
}
