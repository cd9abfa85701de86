using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Data;

/// <summary>Funding on PostgreSQL, with the migrations in Migrations/Postgres.</summary>
public sealed class PostgresFundingDbContext(DbContextOptions<PostgresFundingDbContext> options) : FundingDbContext(options);
