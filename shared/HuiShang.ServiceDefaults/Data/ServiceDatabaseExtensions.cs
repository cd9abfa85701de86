using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// The one place a service's database provider is chosen (Database:Provider). The service
    /// resolves <typeparamref name="TContext"/>; behind it runs the provider's derived context,
    /// which carries that provider's migration set (decision 002). Migrations are applied only by
    /// <c>--migrate</c>; readiness reports a database that is unreachable or behind its migrations.
    /// Contexts are pooled (issue 17): building options and a context's internal services per
    /// request was a fifth of a read's CPU. A pooled context is reset when its scope ends, and
    /// nothing of ours keeps per-request state on it (the outbox unsubscribes when its scope ends).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TPostgres>(this IHostApplicationBuilder builder, string serviceName)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var key = ConfigKeys.Database(serviceName);
        builder.AddAuditChain();
        switch (DatabaseProviderSetting.Read(builder.Configuration))
        {
            case DatabaseProvider.Postgres:
                builder.RequireConfiguration(key);
                var postgres = builder.Configuration[key];
                builder.Services.AddDbContextPool<TContext, TPostgres>((services, options) => options.UseNpgsql(postgres).AddInterceptors(Sealing(services)));
                break;
            default:
                var connectionString = builder.Configuration[key] is { Length: > 0 } configured
                    ? configured
                    : SqliteDefaults.ConnectionString(builder, serviceName);
                PrivateSqliteFile.Prepare(connectionString);
                builder.Services.AddDbContextPool<TContext, TSqlite>((services, options) => options.UseSqlite(connectionString).AddInterceptors(Sealing(services)));
                break;
        }

        builder.Services.AddSingleton<IDatabaseMigrator, DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(
            "database",
            tags: [HealthTags.Ready],
            customTestQuery: async (context, ct) =>
                await context.Database.CanConnectAsync(ct) && !(await context.Database.GetPendingMigrationsAsync(ct)).Any());
        return builder;
    }

    // History entries are hash-chained as they are saved (decision 012).
    private static AuditChainInterceptor Sealing(IServiceProvider services) => services.GetRequiredService<AuditChainInterceptor>();
}
