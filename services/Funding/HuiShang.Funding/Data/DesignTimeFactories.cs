using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace HuiShang.Funding.Data;

/// <summary>How dotnet-ef makes each provider's context to generate its migrations (services/README.md).</summary>
internal sealed class DesignTimeFactories :
    IDesignTimeDbContextFactory<SqliteFundingDbContext>,
    IDesignTimeDbContextFactory<PostgresFundingDbContext>
{
    SqliteFundingDbContext IDesignTimeDbContextFactory<SqliteFundingDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteFundingDbContext>());

    PostgresFundingDbContext IDesignTimeDbContextFactory<PostgresFundingDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresFundingDbContext>());
}
