using HuiShang.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.ServiceDefaults;

public static class RunOrMigrateExtensions
{
    public const string MigrateArgument = "--migrate";

    /// <summary>
    /// <c>--migrate</c>: apply the committed migrations and exit (0, or 1 with the error) — the
    /// run-once step the AppHost or a Kubernetes Job runs before the service, so replicas never
    /// race to migrate at start-up. Otherwise: run the service until it is stopped.
    /// </summary>
    public static async Task<int> RunOrMigrateAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains(MigrateArgument, StringComparer.Ordinal))
        {
            await app.RunAsync();
            return 0;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HuiShang.Migrations");
        try
        {
            foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
            {
                logger.LogInformation("Applying migrations of {Context}", migrator.Name);
                await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
            }

            logger.LogInformation("Migrations applied");
            return 0;
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, "Migrations failed");
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
