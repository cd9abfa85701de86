using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace HuiShang.Agreements.Data;

/// <summary>How dotnet-ef makes each provider's context to generate its migrations (services/README.md).</summary>
internal sealed class DesignTimeFactories :
    IDesignTimeDbContextFactory<SqliteAgreementsDbContext>,
    IDesignTimeDbContextFactory<PostgresAgreementsDbContext>
{
    SqliteAgreementsDbContext IDesignTimeDbContextFactory<SqliteAgreementsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteAgreementsDbContext>());

    PostgresAgreementsDbContext IDesignTimeDbContextFactory<PostgresAgreementsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresAgreementsDbContext>());
}
