using HuiShang.ServiceTesting.Infrastructure;

namespace HuiShang.Messaging.Tests.Fixtures;

/// <summary>
/// One private RabbitMQ for the collection (the AppHost's resource definition, in a test Aspire
/// application), restartable on the same port with the same data, so durable queues survive an
/// outage as they would in production.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private TestRabbitMq _broker = null!;

    public string ConnectionString => _broker.ConnectionString;

    public async Task InitializeAsync() => _broker = await TestRabbitMq.StartAsync();

    public Task StopBrokerAsync() => _broker.StopAsync();

    public Task StartBrokerAgainAsync() => _broker.StartAgainAsync();

    /// <summary>The broker's last lines, for a failure message.</summary>
    public string LastOutput() => _broker.Output();

    public async Task DisposeAsync() => await _broker.DisposeAsync();
}
