using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Data;

/// <summary>Funding on SQLite, with the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteFundingDbContext(DbContextOptions<SqliteFundingDbContext> options) : FundingDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}
