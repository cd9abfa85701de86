using Grpc.Health.V1;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace HuiShang.Grpc.Tests;

public sealed class HealthTests : IAsyncLifetime
{
    private const string InteropService = "huishang.interop.v1.InteropTest";
    private readonly ServiceMethods _api = new();
    private TestGrpcServer _server = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _server = await TestGrpcServer.StartAsync();
        _channel = GrpcChannel.ForAddress(_server.Address);
    }

    [Fact]
    public async Task Check_of_the_whole_server_follows_the_host_health_checks()
    {
        var healthy = await Check("");
        _server.Health.Healthy = false;
        var unhealthy = await Check("");

        Assert.Equal(ServingStatus.Serving, healthy);
        Assert.Equal(ServingStatus.NotServing, unhealthy);
    }

    [Fact]
    public async Task Check_of_a_named_service_uses_the_checks_tagged_with_it()
    {
        _server.Health.Healthy = false;

        Assert.Equal(ServingStatus.NotServing, await Check(InteropService));
    }

    [Fact]
    public async Task Check_of_an_unknown_service_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Check("huishang.unknown.v1.Nothing"));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Watch_streams_the_status_and_each_change()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new List<ServingStatus>();

        await foreach (var update in _channel.ServerStreamingAsync(_api.HealthWatch, new HealthCheckRequest { Service = InteropService }, new CallOptions(CancellationToken: stop.Token)))
        {
            seen.Add(update.Status);
            if (seen.Count == 1)
            {
                _server.Health.Healthy = false;
            }
            else
            {
                break;
            }
        }

        Assert.Equal([ServingStatus.Serving, ServingStatus.NotServing], seen);
    }

    [Fact]
    public async Task Watch_of_an_unknown_service_reports_SERVICE_UNKNOWN()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        await using var updates = _channel.ServerStreamingAsync(_api.HealthWatch, new HealthCheckRequest { Service = "nope" }, new CallOptions(CancellationToken: stop.Token)).GetAsyncEnumerator();

        Assert.True(await updates.MoveNextAsync());
        Assert.Equal(ServingStatus.ServiceUnknown, updates.Current.Status);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<ServingStatus> Check(string service) =>
        (await _channel.UnaryAsync(_api.HealthCheck, new HealthCheckRequest { Service = service })).Status;
}
