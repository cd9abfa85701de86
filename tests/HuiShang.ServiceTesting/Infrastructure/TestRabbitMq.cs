using Aspire.Hosting.ApplicationModel;
using HuiShang.Hosting;

namespace HuiShang.ServiceTesting.Infrastructure;

/// <summary>A private RabbitMQ for a test class, defined as the AppHost defines it (AddLocalRabbitMq).</summary>
public sealed class TestRabbitMq : IAsyncDisposable
{
    private const string Name = "rabbitmq";

    private readonly TestApplication _application;

    private TestRabbitMq(TestApplication application, string connectionString)
    {
        _application = application;
        ConnectionString = connectionString;
    }

    /// <summary>amqp://guest:guest@127.0.0.1:{port}/ — the same port after a stop and start.</summary>
    public string ConnectionString { get; }

    public static async Task<TestRabbitMq> StartAsync()
    {
        var directory = new TestDirectory();
        var builder = TestApplication.CreateBuilder();
        var rabbit = builder.AddLocalRabbitMq(Name, directory.File(Name));
        var application = await TestApplication.StartAsync(builder, directory, Name);
        var connectionString = await rabbit.ConnectionString.GetValueAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("The broker has no address.");
        return new TestRabbitMq(application, connectionString);
    }

    /// <summary>The broker goes away, as in an outage (publishers keep their outbox rows).</summary>
    public Task StopAsync() => _application.StopAsync(Name);

    /// <summary>The broker returns on the same port with its durable queues.</summary>
    public Task StartAgainAsync() => _application.StartAsync(Name);

    /// <summary>The broker's last lines, for a failure message.</summary>
    public string Output() => _application.Output();

    public ValueTask DisposeAsync() => _application.DisposeAsync();
}
