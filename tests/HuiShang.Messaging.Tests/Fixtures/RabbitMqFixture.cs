using System.Collections.Concurrent;
using HuiShang.LocalInfrastructure;
using HuiShang.LocalInfrastructure.RabbitMq;

namespace HuiShang.Messaging.Tests.Fixtures;

/// <summary>
/// One private RabbitMQ node for the collection, restartable on the same port with the same node
/// name and data directory, so durable queues survive an outage as they would in production.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private readonly string _runDirectory = Directory.CreateTempSubdirectory("huishang-mq-tests-").FullName;
    private readonly ConcurrentQueue<string> _output = new();
    private RabbitMqServerOptions _options = null!;

    public RabbitMqServer Server { get; private set; } = null!;

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync()
    {
        var ports = FreePorts.Next(3);
        _options = new RabbitMqServerOptions
        {
            Name = "rabbitmq-tests",
            NodeName = $"outbox-tests-{Guid.NewGuid():N}"[..25] + "@localhost",
            AmqpPort = ports[0],
            DistPort = ports[1],
            EpmdPort = ports[2],
            RunDirectory = _runDirectory,
            Output = Keep,
        };
        Server = await RabbitMqServer.StartAsync(_options);
    }

    public Task StopBrokerAsync() => Server.StopAsync();

    public async Task StartBrokerAgainAsync() => Server = await RabbitMqServer.StartAsync(_options);

    /// <summary>The broker's last lines, for a failure message.</summary>
    public string LastOutput() => string.Join(Environment.NewLine, _output.TakeLast(40));

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_runDirectory, recursive: true);
    }

    private void Keep(string line)
    {
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}
