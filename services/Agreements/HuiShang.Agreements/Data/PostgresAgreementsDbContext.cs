using Microsoft.EntityFrameworkCore;

namespace HuiShang.Agreements.Data;

/// <summary>Agreements on PostgreSQL, with the migrations in Migrations/Postgres.</summary>
public sealed class PostgresAgreementsDbContext(DbContextOptions<PostgresAgreementsDbContext> options) : AgreementsDbContext(options);
