using System.Buffers;
using Google.Protobuf;
using HuiShang.Grpc.Protocol;

namespace HuiShang.Grpc.Client;

/// <summary>Reads length-prefixed messages from a response body until it ends.</summary>
internal sealed class GrpcResponseReader<T>(Stream body, MessageParser<T> parser, string? encoding, int maxMessageSize)
    where T : IMessage<T>
{
    private readonly byte[] _header = new byte[GrpcFrame.HeaderSize];

    /// <summary>The next message, or default when the body ended cleanly.</summary>
    public async ValueTask<T?> ReadAsync(CancellationToken cancellationToken)
    {
        var headerRead = await ReadUpToAsync(_header, cancellationToken);
        if (headerRead == 0)
        {
            return default;
        }

        if (headerRead < GrpcFrame.HeaderSize)
        {
            throw new RpcException(StatusCode.Internal, "Incomplete message: the response ended inside a frame header.");
        }

        var length = GrpcFrame.ReadHeader(_header, maxMessageSize, encoding, out var compressed);
        var payload = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            if (await ReadUpToAsync(payload.AsMemory(0, length), cancellationToken) < length)
            {
                throw new RpcException(StatusCode.Internal, "Incomplete message: the response ended inside a message.");
            }

            return GrpcFrame.Parse(parser, new ReadOnlySequence<byte>(payload, 0, length), compressed, maxMessageSize);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    private async ValueTask<int> ReadUpToAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await body.ReadAsync(buffer[total..], cancellationToken);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
