using HuiShang.Contracts;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The agreements service (huishang.agreements.v1.Agreements) as the gateway calls it.</summary>
public sealed class AgreementsClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = AgreementsReflection.Descriptor.Services[0];

    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest request, HttpContext caller)
        where TRequest : Google.Protobuf.IMessage<TRequest>
        where TResponse : Google.Protobuf.IMessage<TResponse>, new() =>
        UpstreamCall.UnaryAsync(channels, Resources.Agreements, new Method<TRequest, TResponse>(Service, method), request, caller, options.Timeout);
}
