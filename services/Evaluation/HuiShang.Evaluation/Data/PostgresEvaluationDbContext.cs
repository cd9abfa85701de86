using Microsoft.EntityFrameworkCore;

namespace HuiShang.Evaluation.Data;

/// <summary>Evaluation on PostgreSQL, with the migrations in Migrations/Postgres.</summary>
public sealed class PostgresEvaluationDbContext(DbContextOptions<PostgresEvaluationDbContext> options) : EvaluationDbContext(options);
