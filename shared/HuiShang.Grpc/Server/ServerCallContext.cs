using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace HuiShang.Grpc.Server;

/// <summary>What a handler knows about the call it serves, and how it adds headers and trailers.</summary>
public sealed class ServerCallContext
{
    private readonly ServerCall _call;

    internal ServerCallContext(ServerCall call, string method, DateTime deadline, Metadata requestHeaders, CancellationToken cancellationToken)
    {
        _call = call;
        Method = method;
        Deadline = deadline;
        RequestHeaders = requestHeaders;
        CancellationToken = cancellationToken;
    }

    /// <summary>The full method name, <c>/package.Service/Method</c>.</summary>
    public string Method { get; }

    /// <summary>When the caller gives up (UTC), or <see cref="DateTime.MaxValue"/> without grpc-timeout.</summary>
    public DateTime Deadline { get; }

    /// <summary>Custom metadata the caller sent (protocol headers removed).</summary>
    public Metadata RequestHeaders { get; }

    /// <summary>Fires when the deadline passes or the caller cancels: stop working then.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Trailers sent with the status at the end of the call.</summary>
    public Metadata ResponseTrailers { get; } = new();

    public HttpContext HttpContext => _call.HttpContext;

    public ClaimsPrincipal User => _call.HttpContext.User;

    public string Peer => _call.HttpContext.Connection.RemoteIpAddress is { } ip
        ? $"{ip}:{_call.HttpContext.Connection.RemotePort}"
        : "unknown";

    /// <summary>Sends response headers now (at most once; before the first message).</summary>
    public Task WriteResponseHeadersAsync(Metadata headers) => _call.WriteResponseHeadersAsync(headers);
}
