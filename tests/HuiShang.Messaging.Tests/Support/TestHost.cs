using HuiShang.Messaging.Outbox;
using HuiShang.Messaging.Tests.Consumers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>
/// A service host wired the way a service is: its DbContext registered by the "service author",
/// then AddMessaging. The poll interval is a minute, so anything delivered within seconds was
/// woken by the commit signal, not found by the safety-net poll.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public Deliveries Deliveries => Services.GetRequiredService<Deliveries>();

    internal RecordingPublisher Publisher => Services.GetRequiredService<RecordingPublisher>();

    public static async Task<TestHost> StartAsync(
        TestDatabase database, string messaging = MessagingHostExtensions.InMemoryConnectionString,
        Action<MessagingOptions>? tune = null, string? queuePrefix = null, bool waitForBus = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Configuration["ConnectionStrings:messaging"] = messaging;
        builder.Services.AddDbContext<TestDbContext>(database.Configure);
        builder.Services.AddSingleton<Deliveries>();
        builder.AddMessaging<TestDbContext>(bus =>
        {
            // Own queues per test: durable queues of earlier tests on a shared broker keep their messages.
            bus.SetEndpointNameFormatter(new DefaultEndpointNameFormatter(queuePrefix ?? "", false));
            bus.AddConsumer<OrderPlacedConsumer>();
            bus.AddConsumer<OrderRejectedConsumer>();
            bus.AddConsumer<RecordingConsumer>();
            bus.AddConsumeObserver<DeliveryObserver>();
        });
        builder.Services.Configure<MessagingOptions>(options =>
        {
            options.PollInterval = TimeSpan.FromMinutes(1);
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
            options.RetryMaxDelay = TimeSpan.FromSeconds(1);
            options.PublishTimeout = TimeSpan.FromSeconds(5);
            options.ConsumerRetryLimit = 3;
            options.ConsumerRetryMinInterval = TimeSpan.FromMilliseconds(50);
            options.ConsumerRetryMaxInterval = TimeSpan.FromMilliseconds(300);
            options.ConsumerRetryIntervalDelta = TimeSpan.FromMilliseconds(50);
            tune?.Invoke(options);
        });
        builder.Services.AddSingleton(sp => new RecordingPublisher(new BusOutboxPublisher(sp.GetRequiredService<IBus>())));
        builder.Services.Replace(ServiceDescriptor.Singleton<IOutboxPublisher>(sp => sp.GetRequiredService<RecordingPublisher>()));
        var host = builder.Build();
        await host.StartAsync();
        if (waitForBus)
        {
            // MassTransit starts the bus in the background. Events published before the consumers'
            // queues are bound would be routed nowhere (RabbitMQ fan-out), so tests wait for it.
            var bus = host.Services.GetRequiredService<IBusControl>();
            await Eventually.TrueAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus to be healthy");
        }
        return new TestHost(host);
    }

    /// <summary>Runs <paramref name="work"/> in a request-like scope (its own DbContext and IEventOutbox).</summary>
    public async Task InScopeAsync(Func<TestDbContext, IEventOutbox, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider.GetRequiredService<IEventOutbox>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(10));
        _host.Dispose();
    }
}
