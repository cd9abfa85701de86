using System.Globalization;
using Google.Protobuf;
using HuiShang.Grpc.Protocol;
using HuiShang.Grpc.Server;

namespace HuiShang.Grpc.TestService;

/// <summary>The .NET implementation of huishang.interop.v1.InteropTest (bound by method name).</summary>
public sealed class InteropTestService(CallLog log)
{
    public async Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        await EchoHeadersAsync(context);
        if (request.DelayMs > 0)
        {
            try
            {
                await Task.Delay(request.DelayMs, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                Record(request, "cancelled");
                throw;
            }
        }

        Record(request, "completed");
        if (request.FailCode != 0)
        {
            throw new RpcException((StatusCode)request.FailCode, request.FailMessage);
        }

        var reply = new EchoReply
        {
            Payload = request.ReplySize > 0 ? ByteString.CopyFrom(new byte[request.ReplySize]) : request.Payload,
        };
        reply.ReceivedMetadata.AddRange(context.RequestHeaders
            .Select(e => $"{e.Key}={MetadataCodecForTests.Encode(e)}")
            .Order(StringComparer.Ordinal));
        return reply;
    }

    public async Task Count(CountRequest request, IServerStreamWriter<CountReply> responses, ServerCallContext context)
    {
        for (var n = 1; n <= request.Count; n++)
        {
            await responses.WriteAsync(new CountReply { N = n }, context.CancellationToken);
            if (request.IntervalMs > 0)
            {
                await Task.Delay(request.IntervalMs, context.CancellationToken);
            }
        }
    }

    private static async Task EchoHeadersAsync(ServerCallContext context)
    {
        var headers = new Metadata();
        foreach (var entry in context.RequestHeaders.Where(e => e.Key.StartsWith(EchoBehaviour.EchoPrefix, StringComparison.Ordinal)))
        {
            headers.Add(entry);
            var trailerKey = EchoBehaviour.TrailerPrefix + entry.Key[EchoBehaviour.EchoPrefix.Length..];
            if (entry.IsBinary)
            {
                context.ResponseTrailers.Add(trailerKey, entry.ValueBytes);
            }
            else
            {
                context.ResponseTrailers.Add(trailerKey, entry.Value);
            }
        }

        if (headers.Count > 0)
        {
            await context.WriteResponseHeadersAsync(headers);
        }
    }

    private void Record(EchoRequest request, string outcome)
    {
        if (request.CallId.Length > 0)
        {
            log.Record(request.CallId, outcome);
        }
    }

    private static class MetadataCodecForTests
    {
        public static string Encode(Metadata.Entry entry) =>
            entry.IsBinary ? Convert.ToBase64String(entry.ValueBytes) : entry.Value.ToString(CultureInfo.InvariantCulture);
    }
}
