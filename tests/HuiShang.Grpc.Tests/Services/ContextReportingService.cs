using System.Globalization;
using Google.Protobuf;
using HuiShang.Grpc.Server;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests.Services;

/// <summary>Echo that reports what the server knew about the call: deadline, connection, metadata.</summary>
public sealed class ContextReportingService
{
    public async Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        if (request.DelayMs > 0)
        {
            await Task.Delay(request.DelayMs, context.CancellationToken);
        }

        var reply = new EchoReply { Payload = ByteString.CopyFromUtf8(context.HttpContext.Connection.Id) };
        reply.ReceivedMetadata.Add("deadline=" + context.Deadline.ToString("O", CultureInfo.InvariantCulture));
        reply.ReceivedMetadata.Add("method=" + context.Method);
        reply.ReceivedMetadata.AddRange(context.RequestHeaders.Where(e => !e.IsBinary).Select(e => $"{e.Key}={e.Value}"));
        return reply;
    }
}
