using HuiShang.Grpc.Client;

namespace HuiShang.Grpc.InteropTests;

/// <summary>server.js (grpc-js defaults: 4 MiB receive limit, unlimited send) and .NET channels to it.</summary>
public sealed class GrpcJsServerFixture : IAsyncLifetime
{
    public NodeServer Server { get; private set; } = null!;

    /// <summary>A channel with default options (4 MiB send and receive limits).</summary>
    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await NodeServer.StartAsync();
        Channel = GrpcChannel.ForAddress(Server.Address);
    }

    public GrpcChannel CreateChannel(GrpcChannelOptions options) => GrpcChannel.ForAddress(Server.Address, options);

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
