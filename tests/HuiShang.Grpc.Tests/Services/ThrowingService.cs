using HuiShang.Grpc.Server;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests.Services;

/// <summary>Echo that fails the way handlers fail: unexpectedly, or with a validation error.</summary>
public sealed class ThrowingService
{
    public const string Secret = "connection string Password=hunter2";

    public Task<EchoReply> Echo(EchoRequest request, ServerCallContext context) =>
        request.FailMessage == "validate"
            ? throw RpcException.Validation("The proposal is invalid.", [new("plannedMeetingOn", "必填 (required)"), new("topics[0].field", "unknown field")])
            : throw new InvalidOperationException(Secret);
}
