using Grpc.Net.Client;
using HuiShang.Interop.V1;

namespace HuiShang.Grpc.Benchmarks.Scenarios;

/// <summary>
/// The load client of every scenario: grpc-dotnet's GrpcChannel (default handler: SocketsHttpHandler
/// with multiple HTTP/2 connections allowed) and the generated InteropTest client, as services call.
/// </summary>
internal sealed class GrpcNetCaller : IEchoCaller
{
    private readonly GrpcChannel _channel;
    private readonly InteropTest.InteropTestClient _client;
    private readonly EchoRequest _request;

    public GrpcNetCaller(Uri address, int payloadSize)
    {
        _channel = GrpcChannel.ForAddress(address);
        _client = new InteropTest.InteropTestClient(_channel);
        _request = EchoPayload.Request(payloadSize);
    }

    public async Task CallAsync()
    {
        var reply = await _client.EchoAsync(_request);
        if (reply.Payload.Length != _request.Payload.Length)
        {
            throw new InvalidOperationException($"Echo returned {reply.Payload.Length} bytes, sent {_request.Payload.Length}.");
        }
    }

    public void Dispose() => _channel.Dispose();
}
