using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using HuiShang.Grpc.Protocol;

namespace HuiShang.Grpc.Client;

/// <summary>One length-prefixed request message, serialized once into a pooled buffer.</summary>
internal sealed class GrpcRequestContent : HttpContent
{
    private static readonly MediaTypeHeaderValue GrpcMediaType = new(GrpcHeaders.ContentType);

    private readonly ArrayBufferWriter<byte> _frame;

    public GrpcRequestContent(IMessage message, int maxMessageSize, bool compress)
    {
        _frame = new ArrayBufferWriter<byte>(GrpcFrame.HeaderSize + message.CalculateSize());
        GrpcFrame.Write(_frame, message, maxMessageSize, compress);
        Headers.ContentType = GrpcMediaType;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_frame.WrittenMemory).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_frame.WrittenMemory, cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _frame.WrittenCount;
        return true;
    }
}
