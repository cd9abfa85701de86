using Grpc.Core;

namespace HuiShang.Gateway.Upstream;

/// <summary>A service answered a call with a non-OK status; carries which service and method for the problem and the log.</summary>
public sealed class UpstreamException(string service, string method, RpcException rpc)
    : Exception($"{service}.{method} failed: {rpc.Status}", rpc)
{
    public string Service { get; } = service;

    public string Method { get; } = method;

    public RpcException Rpc { get; } = rpc;
}
