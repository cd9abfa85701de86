using Grpc.Core;
using Grpc.Core.Interceptors;

namespace HuiShang.Gateway.Upstream;

/// <summary>
/// Dapr service invocation for gRPC (the k8s/overlays/dapr overlay): the gateway calls its own
/// sidecar (Services__&lt;name&gt;__grpc=http://127.0.0.1:50001) and names the target app in the
/// <c>dapr-app-id</c> metadata; the sidecar proxies the call, over mTLS, to the target's sidecar. Only
/// when Services__&lt;name&gt;__daprAppId is set; without it calls go straight to the service.
/// </summary>
public sealed class DaprAppIdInterceptor(string appId) : Interceptor
{
    public const string MetadataKey = "dapr-app-id";

    public static string ConfigKey(string service) => $"Services:{service}:daprAppId";

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var headers = context.Options.Headers ?? [];
        if (headers.Get(MetadataKey) is null)
        {
            headers.Add(MetadataKey, appId);
        }

        return continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers)));
    }
}
