using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;
using HuiShang.Grpc.Tests.Services;

namespace HuiShang.Grpc.Tests;

public sealed class StatusTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<StatusCode> ErrorCodes => new(Enum.GetValues<StatusCode>().Where(c => c != StatusCode.OK));

    [Fact]
    public void All_17_status_codes_have_their_wire_values()
    {
        var codes = Enum.GetValues<StatusCode>();

        Assert.Equal(17, codes.Length);
        Assert.Equal(Enumerable.Range(0, 17), codes.Select(c => (int)c));
        Assert.Equal(16, (int)StatusCode.Unauthenticated);
        Assert.Equal(14, (int)StatusCode.Unavailable);
    }

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public async Task Every_error_code_and_message_reaches_the_client(StatusCode code)
    {
        var message = $"failed {(int)code}: 中文 100% done";

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { FailCode = (int)code, FailMessage = message }));

        Assert.Equal(code, error.StatusCode);
        Assert.Equal(message, error.Status.Detail);
    }

    [Fact]
    public async Task Unexpected_exception_is_INTERNAL_without_leaking_its_text()
    {
        await using var server = await TestGrpcServer.StartAsync<ThrowingService>();
        using var channel = GrpcChannel.ForAddress(server.Address);

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest()));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal("Exception was thrown by handler.", error.Status.Detail);
        Assert.DoesNotContain("hunter2", error.ToString() + string.Join(",", error.Trailers));
    }

    [Fact]
    public async Task Validation_failure_is_INVALID_ARGUMENT_with_field_violations_in_status_details()
    {
        await using var server = await TestGrpcServer.StartAsync<ThrowingService>();
        using var channel = GrpcChannel.ForAddress(server.Address);

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { FailMessage = "validate" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("The proposal is invalid.", error.Status.Detail);
        Assert.Equal(
            [("plannedMeetingOn", "必填 (required)"), ("topics[0].field", "unknown field")],
            error.GetFieldViolations().Select(v => (v.Field, v.Description)));
        Assert.Equal(3, error.GetStatusDetails()!.Code);
    }

    [Fact]
    public async Task Binding_refuses_a_method_whose_signature_does_not_fit_the_descriptor()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestGrpcServer.StartAsync<WrongSignatureService>());

        Assert.Contains("WrongSignatureService.Echo must be Task`1 Echo(EchoRequest, ServerCallContext)", error.Message);
    }

    [Fact]
    public async Task Unreachable_server_is_UNAVAILABLE()
    {
        using var channel = GrpcChannel.ForAddress("http://127.0.0.1:1");

        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(fixture.Api.Echo, new EchoRequest()));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    public sealed class WrongSignatureService
    {
        public Task<EchoReply> Echo(string request) => Task.FromResult(new EchoReply());
    }
}
