using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

/// <summary>One real Kestrel gRPC server (default options) and a channel to it, shared by a test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private static readonly ServiceMethods Methods = new();

    public TestGrpcServer Server { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public ServiceMethods Api => Methods;

    public async Task InitializeAsync()
    {
        Server = await TestGrpcServer.StartAsync();
        Channel = GrpcChannel.ForAddress(Server.Address);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await Server.DisposeAsync();
    }
}
