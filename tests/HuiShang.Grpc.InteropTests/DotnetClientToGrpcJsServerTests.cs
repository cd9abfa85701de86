using System.Diagnostics;
using Google.Protobuf;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.InteropTests;

/// <summary>The .NET client (GrpcChannel) calls the grpc-js server (server.js).</summary>
public sealed class DotnetClientToGrpcJsServerTests(GrpcJsServerFixture fixture) : IClassFixture<GrpcJsServerFixture>
{
    // Generous: the machine is shared; only the deadline test is about time.
    private static CallOptions Options(Metadata? headers = null) => CallOptions.WithTimeout(TimeSpan.FromSeconds(30), headers);

    [Fact]
    public async Task Ok_echoes_the_utf8_payload()
    {
        var reply = await fixture.Channel.UnaryAsync(InteropMethods.Echo, new EchoRequest { Payload = ByteString.CopyFromUtf8("hello 会商") }, Options());

        Assert.Equal("hello 会商", reply.Payload.ToStringUtf8());
    }

    [Theory]
    [MemberData(nameof(InteropCases.FailureCodes), MemberType = typeof(InteropCases))]
    public async Task Each_status_arrives_with_its_percent_encoded_message(int code)
    {
        var request = new EchoRequest { FailCode = code, FailMessage = InteropCases.FailMessage(code) };

        var ex = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(InteropMethods.Echo, request, Options()));

        Assert.Equal((StatusCode)code, ex.StatusCode);
        Assert.Equal(InteropCases.FailMessage(code), ex.Status.Detail);
    }

    [Fact]
    public async Task Deadline_exceeded_returns_at_the_deadline_and_stops_the_grpc_js_handler()
    {
        var request = new EchoRequest { DelayMs = 10_000, CallId = "dotnet-deadline" };
        // Warm the connection: on a cold, loaded machine a short deadline could pass before the
        // request even reached grpc-js, and then there would be no handler to see stop.
        await fixture.Channel.UnaryAsync(InteropMethods.Echo, new EchoRequest(), CallOptions.WithTimeout(TimeSpan.FromSeconds(30)));
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Channel.UnaryAsync(InteropMethods.Echo, request, CallOptions.WithTimeout(TimeSpan.FromSeconds(1))));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        // Far below the 10 s the server would have taken: the client did not wait for it.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the call took {watch.Elapsed}");
        Assert.Equal("cancelled", await fixture.Server.WaitForCallAsync("dotnet-deadline", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Metadata_round_trips_as_headers_and_trailers()
    {
        var headers = new Metadata
        {
            { "x-echo-text", "hello" },
            { "x-echo-blob-bin", InteropCases.BlobBytes },
            { "authorization", "Bearer interop-token" },
        };

        var result = await fixture.Channel.UnaryCallAsync(InteropMethods.Echo, new EchoRequest { Payload = ByteString.CopyFromUtf8("md") }, Options(headers));

        Assert.Equal("hello", result.ResponseHeaders.GetValue("x-echo-text"));
        Assert.Equal(InteropCases.BlobBytes, result.ResponseHeaders.GetBytes("x-echo-blob-bin"));
        Assert.Equal("hello", result.Trailers.GetValue("x-trailer-text"));
        Assert.Equal(InteropCases.BlobBytes, result.Trailers.GetBytes("x-trailer-blob-bin"));
        // Exactly the custom metadata: nothing the .NET client adds for the protocol leaks into it.
        Assert.Equal(
            ["authorization=Bearer interop-token", $"x-echo-blob-bin={Convert.ToBase64String(InteropCases.BlobBytes)}", "x-echo-text=hello"],
            result.Response.ReceivedMetadata);
    }

    [Fact]
    public async Task Trailers_of_a_failed_call_carry_the_echoed_metadata()
    {
        var headers = new Metadata { { "x-echo-text", "hello" } };
        var request = new EchoRequest { FailCode = (int)StatusCode.NotFound, FailMessage = "gone" };

        var ex = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(InteropMethods.Echo, request, Options(headers)));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Equal("hello", ex.Trailers.GetValue("x-trailer-text"));
    }

    [Fact]
    public async Task A_3_MiB_message_is_echoed_whole()
    {
        var payload = ByteString.CopyFrom(Enumerable.Range(0, 3 * InteropCases.MiB).Select(i => (byte)(i % 251)).ToArray());

        var reply = await fixture.Channel.UnaryAsync(InteropMethods.Echo, new EchoRequest { Payload = payload }, Options());

        Assert.True(reply.Payload.Equals(payload), $"echoed {reply.Payload.Length} bytes differ from the {payload.Length} sent");
    }

    [Fact]
    public async Task An_oversized_request_is_refused_by_grpc_js_with_resource_exhausted()
    {
        // Lift our own send limit so the 5 MiB reach grpc-js and its 4 MiB receive limit answers.
        using var channel = fixture.CreateChannel(new GrpcChannelOptions { MaxSendMessageSize = 16 * InteropCases.MiB });
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[5 * InteropCases.MiB]) };

        var ex = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(InteropMethods.Echo, request, Options()));

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Contains("larger than max", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_response_is_refused_by_the_dotnet_receive_limit()
    {
        var request = new EchoRequest { ReplySize = 5 * InteropCases.MiB };

        var ex = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(InteropMethods.Echo, request, Options()));

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task A_declared_but_unimplemented_method_is_unimplemented()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Channel.UnaryAsync(InteropMethods.Missing, new EchoRequest(), Options()));

        Assert.Equal(StatusCode.Unimplemented, ex.StatusCode);
    }

    [Fact]
    public async Task Server_streaming_delivers_every_message_in_order()
    {
        var values = new List<int>();
        await foreach (var reply in fixture.Channel.ServerStreamingAsync(InteropMethods.Count, new CountRequest { Count = 5 }, Options()))
        {
            values.Add(reply.N);
        }

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, values);
    }

    [Fact]
    public async Task Gzip_compressed_request_is_understood()
    {
        using var channel = fixture.CreateChannel(new GrpcChannelOptions { RequestCompression = "gzip" });
        var payload = ByteString.CopyFromUtf8(string.Concat(Enumerable.Repeat("会商 gzip interop. ", 5000)));

        var reply = await channel.UnaryAsync(InteropMethods.Echo, new EchoRequest { Payload = payload }, Options());

        Assert.True(reply.Payload.Equals(payload), $"echoed {reply.Payload.Length} bytes differ from the {payload.Length} sent");
    }
}
