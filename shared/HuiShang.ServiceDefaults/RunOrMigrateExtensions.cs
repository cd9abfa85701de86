using HuiShang.Messaging;
using HuiShang.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.ServiceDefaults;

public static class RunOrMigrateExtensions
{
    public const string MigrateArgument = "--migrate";

    public const string DeployTopologyArgument = TopologyDeployment.Argument;

    /// <summary>Longest wait for the broker during --deploy-topology; a Job retries after it.</summary>
    public static readonly TimeSpan DeployTopologyTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Run-once steps, each followed by exit (0, or 1 with the error), so replicas never race to do
    /// them at start-up: <c>--migrate</c> applies the committed migrations (the AppHost or a
    /// Kubernetes Job runs it before the service); <c>--deploy-topology</c> declares the service's
    /// exchanges, queues and bindings on the broker and consumes nothing (a Job run for every service
    /// before any starts publishing). Both may be given; migrations go first. Otherwise: run the
    /// service until it is stopped.
    /// </summary>
    public static async Task<int> RunOrMigrateAsync(this WebApplication app, string[] args)
    {
        var migrate = args.Contains(MigrateArgument, StringComparer.Ordinal);
        var deployTopology = args.Contains(DeployTopologyArgument, StringComparer.Ordinal);
        if (!migrate && !deployTopology)
        {
            await app.RunAsync();
            return 0;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HuiShang.Migrations");
        try
        {
            if (migrate)
            {
                await MigrateAsync(app, logger);
            }

            if (deployTopology)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
                timeout.CancelAfter(DeployTopologyTimeout);
                await app.Services.GetRequiredService<TopologyDeployment>().DeployAsync(app.Services, timeout.Token);
                logger.LogInformation("Broker topology declared");
            }

            return 0;
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, migrate ? "Migrations or topology deployment failed" : "Topology deployment failed");
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task MigrateAsync(WebApplication app, ILogger logger)
    {
        foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
        {
            logger.LogInformation("Applying migrations of {Context}", migrator.Name);
            await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        logger.LogInformation("Migrations applied");
    }
}
