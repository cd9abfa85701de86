using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Benchmarks.Scenarios;

/// <summary>Scenarios A and B: the project's own client, as services use it.</summary>
internal sealed class GrpcChannelCaller(Uri address, int payloadSize) : IEchoCaller
{
    private static readonly Method<EchoRequest, EchoReply> Echo = new(InteropReflection.Descriptor.Services[0], "Echo");

    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address);
    private readonly EchoRequest _request = EchoPayload.Request(payloadSize);

    public async Task CallAsync()
    {
        var reply = await _channel.UnaryAsync(Echo, _request);
        if (reply.Payload.Length != _request.Payload.Length)
        {
            throw new InvalidOperationException($"Echo returned {reply.Payload.Length} bytes, sent {_request.Payload.Length}.");
        }
    }

    public void Dispose() => _channel.Dispose();
}
