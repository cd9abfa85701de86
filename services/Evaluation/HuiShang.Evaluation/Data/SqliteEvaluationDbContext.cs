using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Evaluation.Data;

/// <summary>Evaluation on SQLite, with the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteEvaluationDbContext(DbContextOptions<SqliteEvaluationDbContext> options) : EvaluationDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}
