using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Google.Protobuf;

namespace HuiShang.Grpc.Protocol;

/// <summary>
/// Length-Prefixed-Message framing: 1-byte compressed flag, 4-byte big-endian length, payload.
/// </summary>
public static class GrpcFrame
{
    public const int HeaderSize = 5;

    /// <summary>Checks a frame header and returns the payload length, or throws the status the spec names.</summary>
    public static int ReadHeader(ReadOnlySpan<byte> header, int maxMessageSize, string? encoding, out bool compressed)
    {
        compressed = header[0] switch
        {
            0 => false,
            1 => true,
            _ => throw new RpcException(StatusCode.Internal, $"Invalid compressed flag {header[0]}: must be 0 or 1."),
        };
        if (compressed && !IsCompressedEncoding(encoding))
        {
            // PROTOCOL-HTTP2: a compressed message without a grpc-encoding is an INTERNAL error.
            throw new RpcException(StatusCode.Internal, "Compressed message received without a grpc-encoding.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {maxMessageSize}).");
        }

        return (int)length;
    }

    /// <summary>Parses a payload, inflating it first when the frame was compressed.</summary>
    public static T Parse<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload, bool compressed, int maxMessageSize)
        where T : IMessage<T>
    {
        try
        {
            return compressed ? parser.ParseFrom(Inflate(payload, maxMessageSize)) : parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(StatusCode.Internal, $"Failed to deserialize message: {ex.Message}");
        }
        catch (InvalidDataException)
        {
            throw new RpcException(StatusCode.Internal, "Failed to decompress message: not valid gzip.");
        }
    }

    /// <summary>Writes a whole frame to <paramref name="writer"/>, compressing when asked.</summary>
    public static void Write(IBufferWriter<byte> writer, IMessage message, int maxMessageSize, bool compress)
    {
        var size = message.CalculateSize();
        CheckSendSize(size, maxMessageSize);
        if (compress)
        {
            var deflated = Deflate(message, size);
            WriteHeader(writer.GetSpan(HeaderSize), true, deflated.Length);
            writer.Advance(HeaderSize);
            writer.Write(deflated);
            return;
        }

        WriteHeader(writer.GetSpan(HeaderSize), false, size);
        writer.Advance(HeaderSize);
        message.WriteTo(writer);
    }

    public static void CheckSendSize(int size, int maxMessageSize)
    {
        if (size > maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"Sending message larger than max ({size} vs. {maxMessageSize}).");
        }
    }

    public static void WriteHeader(Span<byte> destination, bool compressed, int length)
    {
        destination[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }

    private static bool IsCompressedEncoding(string? encoding) =>
        encoding is not null && !string.Equals(encoding, GrpcHeaders.Identity, StringComparison.OrdinalIgnoreCase);

    private static byte[] Deflate(IMessage message, int size)
    {
        using var output = new MemoryStream(size / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            message.WriteTo(gzip);
        }

        return output.ToArray();
    }

    private static byte[] Inflate(ReadOnlySequence<byte> payload, int maxMessageSize)
    {
        using var input = new MemoryStream(payload.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            // The limit applies to the decompressed size too, or a small bomb could exhaust memory.
            if (output.Length + read > maxMessageSize)
            {
                throw new RpcException(StatusCode.ResourceExhausted, $"Decompressed message larger than max ({maxMessageSize}).");
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
