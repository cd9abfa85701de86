using System.Text;
using HuiShang.Contracts;
using HuiShang.Messaging.Tests.Consumers;
using HuiShang.Messaging.Tests.Events;
using HuiShang.Messaging.Tests.Fixtures;
using HuiShang.Messaging.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace HuiShang.Messaging.Tests;

/// <summary>
/// The deploy-time topology step (a Kubernetes Job per service, `--deploy-topology`) and the quorum
/// queue setting of the clustered broker (Messaging__QuorumQueues), against a real RabbitMQ node.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class TopologyTests(RabbitMqFixture rabbit)
{
    private const int PreconditionFailed = 406;

    private readonly string _prefix = $"t{Guid.NewGuid():N}"[..9] + "-";

    private string Queue => new DefaultEndpointNameFormatter(_prefix, false).Consumer<OrderPlacedConsumer>();

    [Fact]
    public async Task Deploy_topology_declares_the_consumer_queue_bound_to_its_event_exchange_and_consumes_nothing()
    {
        using var host = BuildHost(quorum: false);

        await host.Services.GetRequiredService<TopologyDeployment>().DeployAsync(host.Services, CancellationToken.None);

        await using var connection = await new ConnectionFactory { Uri = new Uri(rabbit.ConnectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // An event published now, before any service runs, is routed to the queue and kept there.
        await channel.BasicPublishAsync(EventExchange<OrderPlaced>(), "", mandatory: true, new BasicProperties(), Encoding.UTF8.GetBytes("{}"));
        var queue = await channel.QueueDeclarePassiveAsync(Queue);
        Assert.Equal(0u, queue.ConsumerCount);
        Assert.NotNull(await BrokerQueues.GetAsync(rabbit.ConnectionString, Queue));
    }

    [Fact]
    public async Task With_quorum_queues_on_the_consumer_queues_are_declared_as_quorum_queues()
    {
        using var host = BuildHost(quorum: true);

        await host.Services.GetRequiredService<TopologyDeployment>().DeployAsync(host.Services, CancellationToken.None);

        // RabbitMQ accepts a redeclaration only when it is equivalent, queue type included.
        Assert.Null(await DeclareAsync(Queue, "quorum"));
        Assert.Equal(PreconditionFailed, await DeclareAsync(Queue, "classic"));
    }

    [Fact]
    public async Task By_default_the_consumer_queues_are_classic_queues()
    {
        using var host = BuildHost(quorum: false);

        await host.Services.GetRequiredService<TopologyDeployment>().DeployAsync(host.Services, CancellationToken.None);

        Assert.Equal(PreconditionFailed, await DeclareAsync(Queue, "quorum"));
    }

    [Fact]
    public void Quorum_queues_are_switched_on_by_the_Messaging__QuorumQueues_setting_and_off_without_it()
    {
        using var on = BuildHost(quorum: true);
        using var off = BuildHost(quorum: false);

        Assert.True(on.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.QuorumQueues);
        Assert.False(off.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.QuorumQueues);
    }

    [Fact]
    public async Task Deploying_from_a_host_started_without_the_argument_is_refused_since_its_bus_would_consume()
    {
        using var host = BuildHost(quorum: false, arguments: []);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Services.GetRequiredService<TopologyDeployment>().DeployAsync(host.Services, CancellationToken.None));
    }

    /// <summary>A service host as AddMessaging wires it, built but not started, as `--deploy-topology` runs it.</summary>
    private IHost BuildHost(bool quorum, string[]? arguments = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddCommandLine(arguments ?? [TopologyDeployment.Argument]);
        builder.Configuration[ConfigKeys.Messaging] = rabbit.ConnectionString;
        if (quorum)
        {
            builder.Configuration["Messaging:QuorumQueues"] = "true";
        }

        builder.Services.AddDbContext<TestDbContext>(options => options.UseSqlite("Data Source=:memory:"));
        builder.Services.AddSingleton<Deliveries>();
        builder.AddMessaging<TestDbContext>(bus =>
        {
            bus.SetEndpointNameFormatter(new DefaultEndpointNameFormatter(_prefix, false));
            bus.AddConsumer<OrderPlacedConsumer>();
        });
        return builder.Build();
    }

    /// <summary>Null when the broker accepts the declaration, else its reply code.</summary>
    private async Task<int?> DeclareAsync(string queue, string type)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(rabbit.ConnectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = type });
            return null;
        }
        catch (OperationInterruptedException e)
        {
            return e.ShutdownReason?.ReplyCode;
        }
    }

    /// <summary>MassTransit names an event's exchange namespace:type.</summary>
    private static string EventExchange<T>() => $"{typeof(T).Namespace}:{typeof(T).Name}";
}
