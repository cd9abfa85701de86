using HuiShang.Grpc.Protocol;

namespace HuiShang.Grpc.Tests;

public sealed class EncodingTests
{
    [Theory]
    [InlineData("2H", 2 * 3600_000_000_000L)]
    [InlineData("3M", 3 * 60_000_000_000L)]
    [InlineData("5S", 5_000_000_000L)]
    [InlineData("250m", 250_000_000L)]
    [InlineData("1500u", 1_500_000L)]
    [InlineData("99999999n", 99_999_900L)]
    [InlineData("0S", 0L)]
    public void Grpc_timeout_parses_every_unit(string header, long nanoseconds)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(nanoseconds / 100, timeout.Ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("1.5S")]
    [InlineData("123456789m")]
    [InlineData(" 1S")]
    public void Grpc_timeout_rejects_malformed_values(string header) => Assert.False(GrpcTimeout.TryParse(header, out _));

    [Theory]
    [InlineData(1, "100n")]
    [InlineData(10_000, "1000000n")]
    [InlineData(10_000_000, "1000000u")]
    [InlineData(36_000_000_000L * 10, "36000000m")]
    public void Grpc_timeout_formats_with_the_finest_unit_that_fits_in_8_digits(long ticks, string expected) =>
        Assert.Equal(expected, GrpcTimeout.Format(TimeSpan.FromTicks(ticks)));

    [Fact]
    public void Grpc_timeout_format_round_trips_without_shortening_the_deadline()
    {
        foreach (var timeout in new[] { TimeSpan.FromMilliseconds(1.23456), TimeSpan.FromSeconds(7.5), TimeSpan.FromDays(3), TimeSpan.FromDays(5000) })
        {
            Assert.True(GrpcTimeout.TryParse(GrpcTimeout.Format(timeout), out var parsed));
            Assert.True(parsed >= timeout || timeout > TimeSpan.FromHours(99_999_999), $"{timeout} came back as {parsed}");
        }

        Assert.Equal("1n", GrpcTimeout.Format(TimeSpan.Zero));
    }

    [Theory]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("100%", "100%25")]
    [InlineData("会商", "%E4%BC%9A%E5%95%86")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void Grpc_message_is_percent_encoded(string message, string wire)
    {
        Assert.Equal(wire, PercentEncoding.Encode(message));
        Assert.Equal(message, PercentEncoding.Decode(wire));
    }

    [Theory]
    [InlineData("%", "%")]
    [InlineData("50%ZZ off", "50%ZZ off")]
    [InlineData("trailing %4", "trailing %4")]
    public void Grpc_message_decoding_keeps_bad_escapes_as_written(string wire, string message) =>
        Assert.Equal(message, PercentEncoding.Decode(wire));

    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("APPLICATION/GRPC; charset=utf-8", true)]
    [InlineData("application/grpc+json", false)]
    [InlineData("application/grpcx", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void Content_type_check_accepts_only_protobuf_grpc(string? contentType, bool accepted) =>
        Assert.Equal(accepted, GrpcHeaders.IsGrpcContentType(contentType));
}
