using Grpc.Core;
using Grpc.Core.Interceptors;
using HuiShang.ServiceDefaults.Idempotency;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Upstream;

/// <summary>
/// Every call the gateway makes on behalf of an HTTP caller (decision 008): the caller's own token
/// goes along (services authorise again against their data, decision 002), so does an
/// Idempotency-Key (the service replays its first answer to a retry), and the caller's address for
/// the audit trail (decision 012; set from the connection, never copied from a client's header); a deadline bounds the wait
/// and a client that hangs up cancels the call. A non-OK status becomes an
/// <see cref="UpstreamException"/> naming the service and method, for the problem and the log.
/// </summary>
public sealed class UpstreamInterceptor(IHttpContextAccessor accessor, UpstreamOptions options) : Interceptor
{
    private const string AuthorizationMetadata = "authorization";

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, Forward(context.Options)));
        return new AsyncUnaryCall<TResponse>(
            Translate(call.ResponseAsync, context.Method),
            call.ResponseHeadersAsync,
            call.GetStatus,
            call.GetTrailers,
            call.Dispose);
    }

    private CallOptions Forward(CallOptions call)
    {
        var headers = call.Headers ?? [];
        var caller = accessor.HttpContext;
        if (caller is not null)
        {
            var authorization = caller.Request.Headers.Authorization.ToString();
            if (authorization.Length > 0 && headers.Get(AuthorizationMetadata) is null)
            {
                headers.Add(AuthorizationMetadata, authorization);
            }

            if (IdempotencyKey.Read(caller) is { } key && headers.Get(IdempotentCalls.MetadataKey) is null)
            {
                headers.Add(IdempotentCalls.MetadataKey, key);
            }

            if (caller.Connection.RemoteIpAddress is { } address && headers.Get(ForwardedClientAddress.MetadataKey) is null)
            {
                headers.Add(ForwardedClientAddress.MetadataKey, ForwardedClientAddress.Text(address));
            }
        }

        return call
            .WithHeaders(headers)
            .WithDeadline(call.Deadline ?? DateTime.UtcNow + options.Timeout)
            .WithCancellationToken(call.CancellationToken.CanBeCanceled ? call.CancellationToken : caller?.RequestAborted ?? default);
    }

    private static async Task<TResponse> Translate<TResponse>(Task<TResponse> response, IMethod method)
    {
        try
        {
            return await response;
        }
        catch (RpcException ex)
        {
            throw new UpstreamException(ServiceOf(method), method.Name, ex);
        }
    }

    /// <summary>huishang.proposals.v1.Proposals → proposals: the resource name problems and logs use.</summary>
    private static string ServiceOf(IMethod method) =>
        method.ServiceName.Split('.') is [_, var service, ..] ? service : method.ServiceName;
}
