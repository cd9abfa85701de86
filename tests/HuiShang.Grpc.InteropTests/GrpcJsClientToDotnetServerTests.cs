using System.Text.Json;

namespace HuiShang.Grpc.InteropTests;

/// <summary>grpc-js (client.js) calls the .NET server; each test checks one case of its report.</summary>
public sealed class GrpcJsClientToDotnetServerTests(GrpcJsClientFixture fixture) : IClassFixture<GrpcJsClientFixture>
{
    private ClientReport Report => fixture.Report;

    [Fact]
    public void Ok_echoes_the_utf8_payload()
    {
        Assert.Equal(0, Report.Code("ok"));
        Assert.Equal("hello 会商", Report.Case("ok").GetProperty("payload").GetString());
    }

    [Theory]
    [MemberData(nameof(InteropCases.FailureCodes), MemberType = typeof(InteropCases))]
    public void Each_status_arrives_with_its_percent_encoded_message(int code)
    {
        Assert.Equal(code, Report.Code($"status_{code}"));
        Assert.Equal(InteropCases.FailMessage(code), Report.Details($"status_{code}"));
    }

    [Fact]
    public async Task Deadline_exceeded_stops_the_dotnet_handler()
    {
        Assert.Equal((int)StatusCode.DeadlineExceeded, Report.Code("deadline"));

        // The handler saw its token fire instead of finishing the 3 s delay for nobody.
        Assert.Equal("cancelled", await fixture.Server.Log.WaitForAsync("node-deadline", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Metadata_round_trips_as_headers_and_trailers()
    {
        var result = Report.Case("metadata");
        Assert.Equal(0, result.GetProperty("code").GetInt32());
        var headers = result.GetProperty("headers");
        var trailers = result.GetProperty("trailers");
        Assert.Equal("hello", headers.GetProperty("x-echo-text").GetString());
        Assert.Equal(InteropCases.BlobBytes, headers.GetProperty("x-echo-blob-bin").GetBytesFromBase64());
        Assert.Equal("hello", trailers.GetProperty("x-trailer-text").GetString());
        Assert.Equal(InteropCases.BlobBytes, trailers.GetProperty("x-trailer-blob-bin").GetBytesFromBase64());
    }

    [Fact]
    public void Dotnet_server_receives_only_the_custom_metadata()
    {
        var received = Report.Case("metadata").GetProperty("received_metadata").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Contains("authorization=Bearer interop-token", received);
        Assert.Contains("x-echo-text=hello", received);
        Assert.Contains($"x-echo-blob-bin={Convert.ToBase64String(InteropCases.BlobBytes)}", received);
        Assert.DoesNotContain(received, entry => entry.StartsWith("grpc-", StringComparison.Ordinal)
            || entry.StartsWith(':') || entry.Split('=')[0] is "te" or "content-type" or "user-agent" or "accept-encoding");
    }

    [Fact]
    public void A_3_MiB_message_is_echoed_whole()
    {
        var result = Report.Case("big");
        Assert.Equal(0, result.GetProperty("code").GetInt32());
        Assert.Equal(3 * InteropCases.MiB, result.GetProperty("length").GetInt32());
        Assert.True(result.GetProperty("equal").GetBoolean(), "the echoed 3 MiB differ from what was sent");
    }

    [Fact]
    public void An_oversized_request_is_refused_with_resource_exhausted()
    {
        Assert.Equal((int)StatusCode.ResourceExhausted, Report.Code("oversized"));
        Assert.Contains("larger than max", Report.Details("oversized"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_but_unimplemented_method_is_unimplemented()
    {
        Assert.Equal((int)StatusCode.Unimplemented, Report.Code("unimplemented"));
        Assert.Contains("Missing", Report.Details("unimplemented"), StringComparison.Ordinal);
    }

    [Fact]
    public void Server_streaming_delivers_every_message_in_order()
    {
        var result = Report.Case("streaming");
        Assert.Equal(0, result.GetProperty("code").GetInt32());
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, result.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));
    }

    [Fact]
    public void Health_check_reports_serving()
    {
        Assert.Equal(0, Report.Code("health"));
        Assert.Equal("SERVING", Report.Case("health").GetProperty("status").GetString());
    }

    [Fact]
    public void Gzip_compressed_request_is_understood()
    {
        var result = Report.Case("gzip");
        Assert.Equal(0, result.GetProperty("code").GetInt32());
        Assert.Equal(100 * 1024, result.GetProperty("length").GetInt32());
        Assert.True(result.GetProperty("equal").GetBoolean(), "the echoed gzip payload differs from what was sent");
    }

    [Fact]
    public void Every_case_ran()
    {
        string[] expected = ["ok", "deadline", "metadata", "big", "oversized", "unimplemented", "streaming", "health", "gzip",
            .. InteropCases.FailureCodeValues.Select(code => $"status_{code}")];
        foreach (var name in expected)
        {
            Assert.Equal(JsonValueKind.Number, Report.Case(name).GetProperty("code").ValueKind);
        }
    }
}
