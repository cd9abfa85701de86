using System.Globalization;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;
using HuiShang.Grpc.Tests.Services;

namespace HuiShang.Grpc.Tests;

public sealed class DeadlineTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A cold connection on a loaded machine could use up a short deadline before the request
    /// reaches the server; tests that check the handler stopped warm the channel first.
    /// </summary>
    private Task WarmAsync() => fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest());

    [Fact]
    public async Task Client_gives_up_at_the_deadline_and_the_handler_stops_working()
    {
        var callId = Guid.NewGuid().ToString();
        await WarmAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(
            fixture.Api.Echo,
            new EchoRequest { DelayMs = 30_000, CallId = callId },
            CallOptions.WithTimeout(TimeSpan.FromMilliseconds(300))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Equal("cancelled", await fixture.Server.Log.WaitForAsync(callId, Patience));
    }

    [Fact]
    public async Task Server_enforces_grpc_timeout_even_when_the_client_waits_forever()
    {
        using var raw = new RawGrpcClient(fixture.Server.Address);
        var callId = Guid.NewGuid().ToString();

        var response = await raw.PostAsync(
            RawGrpcClient.Frame(new EchoRequest { DelayMs = 30_000, CallId = callId }),
            headers: new Dictionary<string, string> { ["grpc-timeout"] = "300m" });

        Assert.Equal(4, response.GrpcStatus);
        Assert.True(response.IsTrailersOnly);
        Assert.Equal("cancelled", await fixture.Server.Log.WaitForAsync(callId, Patience));
    }

    [Fact]
    public async Task Server_answers_at_the_deadline_even_if_the_handler_ignores_its_token()
    {
        await using var server = await TestGrpcServer.StartAsync<StubbornService>();
        using var raw = new RawGrpcClient(server.Address);

        var response = await raw.PostAsync(
            RawGrpcClient.Frame(new EchoRequest { DelayMs = 3_000 }),
            headers: new Dictionary<string, string> { ["grpc-timeout"] = "200m" });

        Assert.Equal(4, response.GrpcStatus);
        Assert.False(StubbornService.Finished.Task.IsCompleted, "the status must not wait for a handler that overran its deadline");
    }

    [Fact]
    public async Task Expired_deadline_fails_without_sending_anything()
    {
        var callId = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(
            fixture.Api.Echo,
            new EchoRequest { CallId = callId },
            new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(-1))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        await Assert.ThrowsAsync<TimeoutException>(() => fixture.Server.Log.WaitForAsync(callId, TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Caller_cancellation_is_CANCELLED_and_stops_the_handler()
    {
        await WarmAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var callId = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(
            fixture.Api.Echo,
            new EchoRequest { DelayMs = 30_000, CallId = callId },
            new CallOptions(CancellationToken: cancellation.Token)));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.Equal("cancelled", await fixture.Server.Log.WaitForAsync(callId, Patience));
    }

    [Fact]
    public async Task Client_sends_its_deadline_and_the_handler_sees_it()
    {
        await using var server = await TestGrpcServer.StartAsync<ContextReportingService>();
        using var channel = GrpcChannel.ForAddress(server.Address);
        var deadline = DateTime.UtcNow.AddMinutes(5);

        var reply = await channel.UnaryAsync(fixture.Api.Echo, new EchoRequest(), new CallOptions(Deadline: deadline));

        var seen = DateTime.Parse(reply.ReceivedMetadata.Single(m => m.StartsWith("deadline=")).Split('=')[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        Assert.InRange(seen, deadline.AddSeconds(-5), deadline.AddSeconds(1));
    }

    [Fact]
    public async Task Without_grpc_timeout_the_handler_has_no_deadline()
    {
        await using var server = await TestGrpcServer.StartAsync<ContextReportingService>();
        using var channel = GrpcChannel.ForAddress(server.Address);

        var reply = await channel.UnaryAsync(fixture.Api.Echo, new EchoRequest());

        Assert.Contains($"deadline={DateTime.MaxValue:O}", reply.ReceivedMetadata);
        Assert.Contains("method=/huishang.interop.v1.InteropTest/Echo", reply.ReceivedMetadata);
    }
}
