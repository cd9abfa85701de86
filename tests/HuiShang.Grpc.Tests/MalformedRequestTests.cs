using System.IO.Compression;
using Google.Protobuf;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

/// <summary>
/// Each malformed request gets the status PROTOCOL-HTTP2 names, as a trailers-only response,
/// and the same connection then serves a good call: one bad caller never takes the server down.
/// </summary>
public sealed class MalformedRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>, IDisposable
{
    private const int Internal = 13;
    private readonly RawGrpcClient _raw = new(fixture.Server.Address);

    private static byte[] Hello => new EchoRequest { Payload = ByteString.CopyFromUtf8("hello") }.ToByteArray();

    [Fact]
    public async Task Truncated_frame_header_is_INTERNAL()
    {
        var response = await _raw.PostAsync([0, 0, 0]);

        await AssertStatusThenServerStillServes(response, Internal, "Incomplete message.");
    }

    [Fact]
    public async Task Frame_shorter_than_its_declared_length_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello, declaredLength: Hello.Length + 10));

        await AssertStatusThenServerStillServes(response, Internal, "Incomplete message.");
    }

    [Fact]
    public async Task Frame_longer_than_its_declared_length_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello, declaredLength: Hello.Length - 2));

        await AssertStatusThenServerStillServes(response, Internal, "Additional data after the message received: a unary request carries one message.");
    }

    [Fact]
    public async Task Two_messages_on_a_unary_call_are_INTERNAL()
    {
        var frame = RawGrpcClient.Frame(Hello);

        var response = await _raw.PostAsync([.. frame, .. frame]);

        await AssertStatusThenServerStillServes(response, Internal, "Additional data after the message received: a unary request carries one message.");
    }

    [Fact]
    public async Task Empty_request_body_is_INTERNAL()
    {
        var response = await _raw.PostAsync([]);

        await AssertStatusThenServerStillServes(response, Internal, "Request did not include a message.");
    }

    [Fact]
    public async Task Compressed_flag_without_grpc_encoding_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Gzip(Hello), flag: 1));

        await AssertStatusThenServerStillServes(response, Internal, "Compressed message received without a grpc-encoding.");
    }

    [Fact]
    public async Task Invalid_compressed_flag_value_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello, flag: 2));

        await AssertStatusThenServerStillServes(response, Internal, "Invalid compressed flag 2: must be 0 or 1.");
    }

    [Fact]
    public async Task Unsupported_grpc_encoding_is_UNIMPLEMENTED_and_names_the_supported_ones()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello, flag: 1), headers: new Dictionary<string, string> { ["grpc-encoding"] = "snappy" });

        Assert.Equal("identity,gzip", response.Headers["grpc-accept-encoding"]);
        await AssertStatusThenServerStillServes(response, 12, "Unsupported grpc-encoding value 'snappy'. Supported encodings: identity,gzip");
    }

    [Fact]
    public async Task Gzip_compressed_request_is_accepted()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Gzip(Hello), flag: 1), headers: new Dictionary<string, string> { ["grpc-encoding"] = "gzip" });

        Assert.Equal(0, response.GrpcStatus);
        Assert.Equal("hello", EchoReply.Parser.ParseFrom(response.Body.AsSpan(5)).Payload.ToStringUtf8());
    }

    [Fact]
    public async Task Corrupt_gzip_payload_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame([1, 2, 3, 4], flag: 1), headers: new Dictionary<string, string> { ["grpc-encoding"] = "gzip" });

        await AssertStatusThenServerStillServes(response, Internal, "Failed to decompress message: not valid gzip.");
    }

    [Fact]
    public async Task Unparseable_protobuf_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame([0xFF, 0xFF, 0xFF]));

        Assert.Equal(Internal, response.GrpcStatus);
        Assert.StartsWith("Failed to deserialize message", Decode(response.GrpcMessage));
        await AssertServerStillServes();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/grpc+json")]
    [InlineData("text/plain")]
    public async Task Wrong_content_type_is_HTTP_415_with_INTERNAL(string contentType)
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), contentType: contentType);

        Assert.Equal(415, response.HttpStatus);
        Assert.Equal(Internal, response.GrpcStatus);
        await AssertServerStillServes();
    }

    [Theory]
    [InlineData("application/grpc")]
    [InlineData("application/grpc+proto")]
    [InlineData("application/grpc; charset=utf-8")]
    public async Task Grpc_content_types_are_accepted(string contentType)
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), contentType: contentType);

        Assert.Equal(0, response.GrpcStatus);
        Assert.Equal("application/grpc", response.Headers["content-type"]);
    }

    [Fact]
    public async Task Unknown_service_is_UNIMPLEMENTED()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), path: "/huishang.nothing.v1.Nope/Echo");

        await AssertStatusThenServerStillServes(response, 12, "Service 'huishang.nothing.v1.Nope' is unimplemented.");
    }

    [Fact]
    public async Task Unknown_method_of_a_known_service_is_UNIMPLEMENTED()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), path: "/huishang.interop.v1.InteropTest/Nope");

        await AssertStatusThenServerStillServes(response, 12, "Method 'Nope' is unimplemented in service 'huishang.interop.v1.InteropTest'.");
    }

    [Fact]
    public async Task Declared_method_without_implementation_is_UNIMPLEMENTED()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), path: "/huishang.interop.v1.InteropTest/Missing");

        Assert.Equal(12, response.GrpcStatus);
        Assert.Contains("InteropTestService has no method 'Missing'", Decode(response.GrpcMessage));
    }

    [Theory]
    [InlineData("1x")]
    [InlineData("m")]
    [InlineData("123456789S")]
    [InlineData("-5S")]
    public async Task Malformed_grpc_timeout_is_INVALID_ARGUMENT(string timeout)
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), headers: new Dictionary<string, string> { ["grpc-timeout"] = timeout });

        await AssertStatusThenServerStillServes(response, 3, $"Invalid grpc-timeout '{timeout}'.");
    }

    [Fact]
    public async Task Declared_length_over_the_limit_is_RESOURCE_EXHAUSTED_before_the_body_is_read()
    {
        // Only the header travels: the server must refuse on the declared length alone.
        var response = await _raw.PostAsync(RawGrpcClient.Frame([], declaredLength: 64 * 1024 * 1024));

        await AssertStatusThenServerStillServes(response, 8, $"Received message larger than max ({64 * 1024 * 1024} vs. {4 * 1024 * 1024}).");
    }

    [Fact]
    public async Task Invalid_base64_in_a_bin_header_is_INTERNAL()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(Hello), headers: new Dictionary<string, string> { ["x-data-bin"] = "***" });

        await AssertStatusThenServerStillServes(response, Internal, "A '-bin' metadata value is not valid base64.");
    }

    [Fact]
    public async Task Errors_are_trailers_only_and_success_puts_the_status_in_trailers()
    {
        var failure = await _raw.PostAsync(RawGrpcClient.Frame(new EchoRequest { FailCode = 5, FailMessage = "gone" }));
        var success = await _raw.PostAsync(RawGrpcClient.Frame(Hello));

        Assert.True(failure.IsTrailersOnly);
        Assert.Equal("5", failure.Headers["grpc-status"]);
        Assert.False(success.Headers.ContainsKey("grpc-status"));
        Assert.Equal("0", success.Trailers["grpc-status"]);
        Assert.Equal(5 + new EchoReply { Payload = ByteString.CopyFromUtf8("hello") }.CalculateSize(), success.Body.Length);
    }

    [Fact]
    public async Task Grpc_message_is_percent_encoded_on_the_wire()
    {
        var response = await _raw.PostAsync(RawGrpcClient.Frame(new EchoRequest { FailCode = 9, FailMessage = "100% 会商" }));

        Assert.Equal("100%25 %E4%BC%9A%E5%95%86", response.GrpcMessage);
    }

    public void Dispose() => _raw.Dispose();

    private async Task AssertStatusThenServerStillServes(RawResponse response, int status, string message)
    {
        Assert.Equal(200, response.HttpStatus);
        Assert.True(response.IsTrailersOnly, "an error response carries its status in the only headers frame");
        Assert.Equal(status, response.GrpcStatus);
        Assert.Equal(message, Decode(response.GrpcMessage));
        await AssertServerStillServes();
    }

    private async Task AssertServerStillServes()
    {
        var good = await _raw.PostAsync(RawGrpcClient.Frame(Hello));
        Assert.Equal(0, good.GrpcStatus);
    }

    private static string Decode(string? message) => Protocol.PercentEncoding.Decode(message);

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
