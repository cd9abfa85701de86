using HuiShang.LocalInfrastructure.RabbitMq;

namespace HuiShang.LocalInfrastructure.Tests;

/// <summary>Two private RabbitMQ nodes started side by side, shared by a test class.</summary>
public sealed class RabbitMqPairFixture : IAsyncLifetime
{
    public RabbitMqServer First { get; private set; } = null!;

    public RabbitMqServer Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Task<RabbitMqServer>[] starts =
        [
            RabbitMqServer.StartAsync(new RabbitMqServerOptions { Name = "rabbitmq-a" }),
            RabbitMqServer.StartAsync(new RabbitMqServerOptions { Name = "rabbitmq-b" }),
        ];
        try
        {
            var servers = await Task.WhenAll(starts);
            (First, Second) = (servers[0], servers[1]);
        }
        catch
        {
            // When one start fails the other may have succeeded; it must still be stopped.
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await start.Result.DisposeAsync();
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}
