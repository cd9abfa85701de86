using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace HuiShang.Evaluation.Data;

/// <summary>How dotnet-ef makes each provider's context to generate its migrations (services/README.md).</summary>
internal sealed class DesignTimeFactories :
    IDesignTimeDbContextFactory<SqliteEvaluationDbContext>,
    IDesignTimeDbContextFactory<PostgresEvaluationDbContext>
{
    SqliteEvaluationDbContext IDesignTimeDbContextFactory<SqliteEvaluationDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteEvaluationDbContext>());

    PostgresEvaluationDbContext IDesignTimeDbContextFactory<PostgresEvaluationDbContext>.CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresEvaluationDbContext>());
}
