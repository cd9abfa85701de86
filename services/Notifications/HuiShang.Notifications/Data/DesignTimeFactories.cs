using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace HuiShang.Notifications.Data;

/// <summary>How dotnet-ef makes each provider's context to generate its migrations (services/README.md).</summary>
internal sealed class DesignTimeFactories :
    IDesignTimeDbContextFactory<SqliteNotificationsDbContext>,
    IDesignTimeDbContextFactory<PostgresNotificationsDbContext>
{
    SqliteNotificationsDbContext IDesignTimeDbContextFactory<SqliteNotificationsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteNotificationsDbContext>());

    PostgresNotificationsDbContext IDesignTimeDbContextFactory<PostgresNotificationsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresNotificationsDbContext>());
}
