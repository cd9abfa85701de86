namespace HuiShang.Grpc.Client;

public sealed class GrpcChannelOptions
{
    /// <summary>Largest response message accepted; larger → RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = Server.GrpcServerOptions.DefaultMaxMessageSize;

    /// <summary>Largest request message sent; larger → RESOURCE_EXHAUSTED without sending.</summary>
    public int MaxSendMessageSize { get; set; } = Server.GrpcServerOptions.DefaultMaxMessageSize;

    /// <summary>"gzip" compresses request messages; null sends them plain.</summary>
    public string? RequestCompression { get; set; }

    /// <summary>
    /// The handler to send through (tests, TLS settings). Default: a SocketsHttpHandler that keeps
    /// connections alive and opens more HTTP/2 connections when a connection's streams run out.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Whether disposing the channel disposes <see cref="HttpHandler"/>.</summary>
    public bool DisposeHttpHandler { get; set; } = true;
}
