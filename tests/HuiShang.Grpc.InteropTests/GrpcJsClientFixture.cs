using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.InteropTests;

/// <summary>The .NET test server (default options: 4 MiB limit) and one run of client.js against it.</summary>
public sealed class GrpcJsClientFixture : IAsyncLifetime
{
    public TestGrpcServer Server { get; private set; } = null!;

    public ClientReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestGrpcServer.StartAsync();
        Report = await ClientReport.RunAsync(Server.Address);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
