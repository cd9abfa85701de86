using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

public sealed class MetadataTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly byte[] Blob = [0, 1, 2, 254, 255];

    [Fact]
    public async Task Text_and_binary_metadata_round_trip_in_headers_and_trailers()
    {
        var headers = new Metadata { { "x-echo-text", "hello" }, { "x-echo-blob-bin", Blob }, { "authorization", "Bearer token-123" } };

        var result = await fixture.Channel.UnaryCallAsync(fixture.Api.Echo, new EchoRequest(), new CallOptions(Headers: headers));

        Assert.Equal("hello", result.ResponseHeaders.GetValue("x-echo-text"));
        Assert.Equal(Blob, result.ResponseHeaders.GetBytes("x-echo-blob-bin"));
        Assert.Equal("hello", result.Trailers.GetValue("x-trailer-text"));
        Assert.Equal(Blob, result.Trailers.GetBytes("x-trailer-blob-bin"));
        Assert.Contains("authorization=Bearer token-123", result.Response.ReceivedMetadata);
        Assert.Contains($"x-echo-blob-bin={Convert.ToBase64String(Blob)}", result.Response.ReceivedMetadata);
    }

    [Fact]
    public async Task Trailers_arrive_with_an_error_status()
    {
        var headers = new Metadata { { "x-echo-reason", "quota" } };

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(
            fixture.Api.Echo, new EchoRequest { FailCode = (int)StatusCode.FailedPrecondition, FailMessage = "no" }, new CallOptions(Headers: headers)));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("quota", error.Trailers.GetValue("x-trailer-reason"));
    }

    [Fact]
    public async Task Protocol_headers_are_not_surfaced_as_metadata()
    {
        var reply = await fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest(), CallOptions.WithTimeout(TimeSpan.FromMinutes(1)));

        Assert.DoesNotContain(reply.ReceivedMetadata, m => m.StartsWith("grpc-") || m.StartsWith("content-type") || m.StartsWith("te=") || m.StartsWith(':'));
    }

    [Fact]
    public async Task Padded_and_unpadded_base64_are_both_accepted()
    {
        using var raw = new RawGrpcClient(fixture.Server.Address);
        var headers = new Dictionary<string, string> { ["x-echo-padded-bin"] = "AAE=", ["x-echo-unpadded-bin"] = "AAE" };

        var response = await raw.PostAsync(RawGrpcClient.Frame(new EchoRequest()), headers: headers);

        Assert.Equal(0, response.GrpcStatus);
        // Sent unpadded, as the spec recommends for senders.
        Assert.Equal("AAE", response.Headers["x-echo-padded-bin"]);
        Assert.Equal("AAE", response.Headers["x-echo-unpadded-bin"]);
    }

    [Fact]
    public void Keys_and_values_follow_the_protocol_rules()
    {
        var metadata = new Metadata { { "X-Mixed-Case", "ok" } };

        Assert.Equal("x-mixed-case", metadata.Single().Key);
        Assert.Throws<ArgumentException>(() => metadata.Add("bad key", "v"));
        Assert.Throws<ArgumentException>(() => metadata.Add("x-text", "中文"));
        Assert.Throws<ArgumentException>(() => metadata.Add("x-data-bin", "text"));
        Assert.Throws<ArgumentException>(() => metadata.Add("x-data", [1]));
    }

    [Fact]
    public async Task Client_refuses_to_send_reserved_protocol_headers()
    {
        var headers = new Metadata { { "grpc-timeout", "1S" } };

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest(), new CallOptions(Headers: headers)));
    }
}
