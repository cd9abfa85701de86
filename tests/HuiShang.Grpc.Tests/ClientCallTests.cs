using Google.Protobuf;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

public sealed class ClientCallTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Unary_call_returns_the_echoed_payload()
    {
        var reply = await fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = ByteString.CopyFromUtf8("你好, gRPC") });

        Assert.Equal("你好, gRPC", reply.Payload.ToStringUtf8());
    }
}
