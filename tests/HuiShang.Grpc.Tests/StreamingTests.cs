using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

public sealed class StreamingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Server_streaming_delivers_every_message_in_order()
    {
        var received = new List<int>();

        await foreach (var reply in fixture.Channel.ServerStreamingAsync(fixture.Api.Count, new CountRequest { Count = 50 }))
        {
            received.Add(reply.N);
        }

        Assert.Equal(Enumerable.Range(1, 50), received);
    }

    [Fact]
    public async Task Server_streaming_ends_with_DEADLINE_EXCEEDED_when_it_outlives_the_deadline()
    {
        var received = new List<int>();
        await fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest()); // warm: no cold start inside the deadline

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            var call = fixture.Channel.ServerStreamingAsync(fixture.Api.Count, new CountRequest { Count = 1000, IntervalMs = 50 }, CallOptions.WithTimeout(TimeSpan.FromSeconds(2)));
            await foreach (var reply in call)
            {
                received.Add(reply.N);
            }
        });

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.InRange(received.Count, 1, 999);
    }

    [Fact]
    public async Task Unary_client_refuses_a_streamed_reply_with_several_messages()
    {
        var asUnary = new Method<CountRequest, CountReply>(ServiceMethods.Interop, "Count");

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(asUnary, new CountRequest { Count = 3 }));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal("More than one message received for a unary call.", error.Status.Detail);
    }
}
