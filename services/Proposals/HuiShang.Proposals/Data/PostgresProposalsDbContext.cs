using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Data;

/// <summary>Proposals on PostgreSQL, with the migrations in Migrations/Postgres.</summary>
public sealed class PostgresProposalsDbContext(DbContextOptions<PostgresProposalsDbContext> options) : ProposalsDbContext(options);
