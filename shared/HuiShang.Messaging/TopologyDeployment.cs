using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Messaging;

/// <summary>
/// The run-once step that declares the host's broker topology — the exchange of every consumed event
/// type, the consumers' queues and the bindings between them — and exits without consuming. Run for
/// every service before any of them starts (a Kubernetes Job, <c>--deploy-topology</c>), so an event
/// published by the first service to start is not routed nowhere because its consumer's queue does
/// not exist yet. MassTransit's DeployTopologyOnly mode does the declaring.
/// </summary>
public sealed class TopologyDeployment(bool deployOnly)
{
    public const string Argument = "--deploy-topology";

    /// <summary>
    /// Whether the bus is built to declare only. Decided from the host's command line when the host is
    /// configured, not when the step runs: the health endpoints build the bus as soon as they are mapped.
    /// </summary>
    public bool DeployOnly { get; } = deployOnly;

    /// <summary>The arguments given to the host builder (WebApplication.CreateBuilder(args)).</summary>
    public static TopologyDeployment FromCommandLine(IConfigurationBuilder configuration) => new(
        configuration.Sources.OfType<CommandLineConfigurationSource>().Any(source => source.Args.Contains(Argument, StringComparer.Ordinal)));

    /// <summary>Starts the deploy-only bus, which declares the topology, and stops it.</summary>
    public async Task DeployAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!DeployOnly)
        {
            throw new InvalidOperationException($"The host was not started with {Argument}: its bus would consume messages.");
        }

        await services.GetRequiredService<IBusControl>().DeployAsync(cancellationToken);
    }
}
