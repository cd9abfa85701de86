using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Data;

/// <summary>Proposals on SQLite, with the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteProposalsDbContext(DbContextOptions<SqliteProposalsDbContext> options) : ProposalsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}
