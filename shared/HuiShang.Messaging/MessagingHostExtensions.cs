using HuiShang.Contracts;
using HuiShang.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HuiShang.Messaging;

public static class MessagingHostExtensions
{
    /// <summary>The connection string value that selects MassTransit's in-memory transport (unit tests).</summary>
    public const string InMemoryConnectionString = "inmemory://";

    /// <summary>
    /// The dispatcher's ActivitySource: add it (with "MassTransit") to the tracer so the span that
    /// links a request to its delayed publish is exported.
    /// </summary>
    public const string ActivitySourceName = "HuiShang.Messaging";

    /// <summary>
    /// MassTransit on RabbitMQ (ConnectionStrings:messaging, required) with the outbox of
    /// <typeparamref name="TDbContext"/>: IEventOutbox, its dispatcher, consumer retry then the
    /// _error queue, and the "messaging" health check (tag "ready"). The service's DbContext needs
    /// only modelBuilder.AddOutboxAndInbox(); nothing is added to its options.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration[ConfigKeys.Messaging];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Missing required configuration {ConfigKeys.AsEnvironmentVariable(ConfigKeys.Messaging)}: " +
                $"the RabbitMQ address (amqp://user:password@host:port/vhost), or {InMemoryConnectionString} for tests.");
        }

        var services = builder.Services;
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventTypeRegistry>();
        services.TryAddSingleton<IOutboxPublisher, BusOutboxPublisher>();
        services.TryAddSingleton<OutboxSignal<TDbContext>>();
        services.TryAddSingleton<OutboxDrain<TDbContext>>();
        services.TryAddScoped<IEventOutbox, EventOutbox<TDbContext>>();
        var topology = TopologyDeployment.FromCommandLine(builder.Configuration);
        services.AddSingleton(topology);

        services.AddMassTransit(bus =>
        {
            // MassTransit 8.4+ reports usage to its vendor over the internet from every host; a
            // government platform sends nothing out (and these hosts have no route to it).
            bus.ConfigureUsageTelemetryOptions(usage => usage.Enabled = false);
            // MassTransit's own bus health check, under the platform's name and readiness tag.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = Resources.Messaging;
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
                health.Tags.Clear();
                health.Tags.Add("ready");
            });
            configureConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                // In-process redelivery with exponential back-off; when exhausted MassTransit moves the
                // message to <queue>_error with the exception in its headers: visible, never dropped.
                endpoint.UseMessageRetry(r =>
                {
                    r.Exponential(
                        options.ConsumerRetryLimit, options.ConsumerRetryMinInterval,
                        options.ConsumerRetryMaxInterval, options.ConsumerRetryIntervalDelta);
                    r.Ignore<MessageRejectedException>();
                });
                if (options.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });
            if (connectionString.Trim() == InMemoryConnectionString)
            {
                bus.UsingInMemory((context, transport) =>
                {
                    transport.DeployTopologyOnly = topology.DeployOnly;
                    transport.ConfigureEndpoints(context);
                });
                return;
            }
            bus.UsingRabbitMq((context, transport) =>
            {
                transport.Host(new Uri(connectionString), host =>
                {
                    // The default, stated on purpose: Publish completes only after the broker's
                    // confirm, and only then does the dispatcher mark a row sent.
                    host.PublisherConfirmation = true;
                });
                // --deploy-topology: declare exchanges, queues and bindings, consume nothing (TopologyDeployment).
                transport.DeployTopologyOnly = topology.DeployOnly;
                transport.ConfigureEndpoints(context);
            });
        });
        // After AddMassTransit: hosted services start in registration order, so the bus starts first.
        services.AddHostedService<OutboxDispatcher<TDbContext>>();
        return builder;
    }
}
