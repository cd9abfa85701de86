using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using HuiShang.Messaging;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Data;

/// <summary>
/// The Funding database. Abstract: it runs as the provider's derived context, which owns that
/// provider's migrations (decision 002).
/// </summary>
public abstract class FundingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Envelope> Envelopes => Set<Envelope>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectAuditEntry> ProjectHistory => Set<ProjectAuditEntry>();

    public DbSet<Disbursement> Disbursements => Set<Disbursement>();

    public DbSet<ShortfallAlert> ShortfallAlerts => Set<ShortfallAlert>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new EnvelopeConfiguration());
        modelBuilder.ApplyConfiguration(new ProjectConfiguration());
        modelBuilder.ApplyConfiguration(new ProjectAuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new DisbursementConfiguration());
        modelBuilder.ApplyConfiguration(new ShortfallAlertConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChains();
        modelBuilder.AddIdempotentResponses();
        modelBuilder.UseSnakeCaseNames();
    }
}
