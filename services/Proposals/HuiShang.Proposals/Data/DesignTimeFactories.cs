using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace HuiShang.Proposals.Data;

/// <summary>How dotnet-ef makes each provider's context to generate its migrations (services/README.md).</summary>
internal sealed class DesignTimeFactories :
    IDesignTimeDbContextFactory<SqliteProposalsDbContext>,
    IDesignTimeDbContextFactory<PostgresProposalsDbContext>
{
    SqliteProposalsDbContext IDesignTimeDbContextFactory<SqliteProposalsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteProposalsDbContext>());

    PostgresProposalsDbContext IDesignTimeDbContextFactory<PostgresProposalsDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresProposalsDbContext>());
}
