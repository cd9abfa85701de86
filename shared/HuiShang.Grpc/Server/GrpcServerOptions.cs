namespace HuiShang.Grpc.Server;

public sealed class GrpcServerOptions
{
    public const int DefaultMaxMessageSize = 4 * 1024 * 1024;

    /// <summary>Largest request message accepted (after decompression); larger → RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = DefaultMaxMessageSize;

    /// <summary>Largest response message sent; a handler returning more → RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; set; } = DefaultMaxMessageSize;

    /// <summary>"gzip" compresses responses for callers that accept gzip; null sends them plain.</summary>
    public string? ResponseCompression { get; set; }
}
