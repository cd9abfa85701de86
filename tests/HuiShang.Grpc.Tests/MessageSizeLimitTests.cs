using Google.Protobuf;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

public sealed class MessageSizeLimitTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task A_3_MiB_message_goes_both_ways_under_the_default_4_MiB_limit()
    {
        var payload = ByteString.CopyFrom(Enumerable.Range(0, 3 * MiB).Select(i => (byte)i).ToArray());

        var reply = await fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = payload });

        Assert.Equal(payload, reply.Payload);
    }

    [Fact]
    public async Task Server_refuses_a_request_over_its_receive_limit()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Server.Address, new GrpcChannelOptions { MaxSendMessageSize = 64 * MiB });

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = ByteString.CopyFrom(new byte[5 * MiB]) }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.StartsWith("Received message larger than max", error.Status.Detail);
    }

    [Fact]
    public async Task Server_refuses_to_send_a_response_over_its_send_limit()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * MiB });

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { ReplySize = 5 * MiB }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.StartsWith("Sending message larger than max", error.Status.Detail);
    }

    [Fact]
    public async Task Client_refuses_to_send_over_its_limit_without_calling()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Server.Address, new GrpcChannelOptions { MaxSendMessageSize = 1024 });
        var callId = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = ByteString.CopyFrom(new byte[2048]), CallId = callId }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        await Assert.ThrowsAsync<TimeoutException>(() => fixture.Server.Log.WaitForAsync(callId, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Client_refuses_a_response_over_its_receive_limit()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 1024 });

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { ReplySize = 2048 }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Limits_are_configurable_on_the_server()
    {
        await using var server = await TestGrpcServer.StartAsync(o => o.MaxReceiveMessageSize = 1024);
        using var channel = GrpcChannel.ForAddress(server.Address);

        var small = await channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = ByteString.CopyFrom(new byte[512]) });
        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = ByteString.CopyFrom(new byte[2048]) }));

        Assert.Equal(512, small.Payload.Length);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Gzip_both_ways_when_configured()
    {
        await using var server = await TestGrpcServer.StartAsync(o => o.ResponseCompression = "gzip");
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { RequestCompression = "gzip" });
        var payload = ByteString.CopyFrom(new byte[200_000]);

        var reply = await channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = payload });

        Assert.Equal(payload, reply.Payload);
    }

    [Fact]
    public async Task Gzip_bomb_is_stopped_at_the_decompressed_limit()
    {
        await using var server = await TestGrpcServer.StartAsync(o => o.MaxReceiveMessageSize = 64 * 1024);
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { RequestCompression = "gzip", MaxSendMessageSize = 64 * MiB });

        // 8 MiB of zeros compress to a few KiB: small on the wire, large once inflated.
        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { Payload = ByteString.CopyFrom(new byte[8 * MiB]) }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }
}
