using Google.Protobuf;
using HuiShang.Gateway.Apis;
using HuiShang.Grpc;
using HuiShang.Grpc.Client;
using HuiShang.ServiceDefaults.Idempotency;

namespace HuiShang.Gateway.Upstream;

/// <summary>One unary call to a service on behalf of the HTTP caller.</summary>
internal static class UpstreamCall
{
    private const string AuthorizationMetadata = "authorization";

    public static async Task<TResponse> UnaryAsync<TRequest, TResponse>(
        GrpcChannelProvider channels, string service, Method<TRequest, TResponse> method, TRequest request, HttpContext caller, TimeSpan timeout)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        try
        {
            return await channels.Get(service).UnaryAsync(method, request, Options(caller, timeout));
        }
        catch (RpcException ex)
        {
            throw new UpstreamException(service, method.Descriptor.Name, ex);
        }
    }

    /// <summary>
    /// The caller's own token goes along (services authorise again against their data, decision
    /// 002), and so does an Idempotency-Key (the service replays its first answer to a retry); the
    /// deadline bounds the wait, and a client that hangs up cancels the call.
    /// </summary>
    private static CallOptions Options(HttpContext caller, TimeSpan timeout)
    {
        var headers = new Metadata();
        var authorization = caller.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            headers.Add(AuthorizationMetadata, authorization);
        }

        if (IdempotencyKey.Read(caller) is { } key)
        {
            headers.Add(IdempotentCalls.MetadataKey, key);
        }

        return CallOptions.WithTimeout(timeout, headers, caller.RequestAborted);
    }
}
