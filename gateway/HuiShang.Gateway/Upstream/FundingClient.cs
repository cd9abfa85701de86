using HuiShang.Contracts;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The (huishang.agreements.v1.Agreements) as the gateway calls it.</summary>
public sealed class FundingClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = FundingReflection.Descriptor.Services[0];

    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest request, HttpContext caller)
        where TRequest : Google.Protobuf.IMessage<TRequest>
        where TResponse : Google.Protobuf.IMessage<TResponse>, new() =>
        UpstreamCall.UnaryAsync(channels, Resources.Funding, new Method<TRequest, TResponse>(Service, method), request, caller, options.Timeout);
}
