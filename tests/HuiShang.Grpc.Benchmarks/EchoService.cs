using Google.Protobuf;
using Grpc.Core;
using HuiShang.Interop.V1;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// grpc-dotnet's huishang.interop.v1.InteropTest: Echo does the work tests/interop/server.js does
/// (echo or reply_size, delay, fail_code, the caller's metadata listed). Count and Missing are left to
/// the generated base (UNIMPLEMENTED): the benchmark calls Echo only.
/// </summary>
internal sealed class EchoService : InteropTest.InteropTestBase
{
    // Headers that belong to the protocol, not to the caller (the set server.js hides too).
    private static readonly HashSet<string> ProtocolHeaders =
        ["content-type", "te", "user-agent", "content-length", "host", "connection", "transfer-encoding", "accept-encoding"];

    public override async Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        if (request.DelayMs > 0)
        {
            await Task.Delay(request.DelayMs, context.CancellationToken);
        }

        if (request.FailCode != 0)
        {
            throw new RpcException(new Status((StatusCode)request.FailCode, request.FailMessage));
        }

        var reply = new EchoReply
        {
            Payload = request.ReplySize > 0 ? ByteString.CopyFrom(new byte[request.ReplySize]) : request.Payload,
        };
        reply.ReceivedMetadata.AddRange(context.RequestHeaders
            .Where(e => !e.Key.StartsWith(':') && !e.Key.StartsWith("grpc-", StringComparison.Ordinal) && !ProtocolHeaders.Contains(e.Key))
            .Select(e => $"{e.Key}={(e.IsBinary ? Convert.ToBase64String(e.ValueBytes) : e.Value)}")
            .Order(StringComparer.Ordinal));
        return reply;
    }
}
