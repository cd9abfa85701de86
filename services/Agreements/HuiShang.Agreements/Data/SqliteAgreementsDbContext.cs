using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Agreements.Data;

/// <summary>Agreements on SQLite, with the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteAgreementsDbContext(DbContextOptions<SqliteAgreementsDbContext> options) : AgreementsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}
