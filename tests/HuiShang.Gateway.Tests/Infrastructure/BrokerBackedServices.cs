using HuiShang.Contracts;
using HuiShang.ServiceTesting;
using HuiShang.ServiceTesting.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// A private RabbitMQ node and the real services started on it for an end-to-end stack: each service
/// trusts the stack's public key and waits for its consumers' queues. Disposing stops the services
/// (last started first), then the broker; the broker's last lines explain an event that never arrived.
/// </summary>
public sealed class BrokerBackedServices : IAsyncDisposable
{
    private readonly List<ServiceHost> _started = [];
    private readonly string _publicKeys;
    private TestRabbitMq? _broker;

    private BrokerBackedServices(string publicKeys) => _publicKeys = publicKeys;

    public TestRabbitMq Broker => _broker ?? throw new InvalidOperationException("The broker did not start.");

    public static async Task<BrokerBackedServices> StartAsync(string publicKeys) =>
        new(publicKeys) { _broker = await TestRabbitMq.StartAsync() };

    public async Task<ServiceHost> StartServiceAsync(string name, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        var host = await ServiceHost.StartAsync(
            name,
            b =>
            {
                // The consumers' queues must be bound before the first event is published, or the broker drops it.
                b.Services.Configure<MassTransitHostOptions>(o =>
                {
                    o.WaitUntilStarted = true;
                    o.StartTimeout = TimeSpan.FromSeconds(60);
                });
                add(b);
            },
            map,
            new Dictionary<string, string?>
            {
                [ConfigKeys.PublicKeys] = _publicKeys,
                [ConfigKeys.Messaging] = Broker.ConnectionString,
            });
        _started.Add(host);
        return host;
    }

    /// <summary>The broker's last lines, for a failure message.</summary>
    public string Output() => Broker.Output();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_started))
        {
            await host.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
