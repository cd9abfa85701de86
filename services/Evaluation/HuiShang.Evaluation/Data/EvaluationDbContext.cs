using HuiShang.Evaluation.Domain;
using HuiShang.Messaging;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Evaluation.Data;

/// <summary>
/// The Evaluation database: tracking plans of signed agreements with their obligations, filings,
/// overdue notices and history; the outbox, inbox and idempotent answers. Abstract: it runs as the
/// provider's derived context, which owns that provider's migrations (decision 002).
/// </summary>
public abstract class EvaluationDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TrackingPlan> Plans => Set<TrackingPlan>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<OverdueNotice> Notices => Set<OverdueNotice>();

    public DbSet<TrackingAuditEntry> History => Set<TrackingAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new TrackingPlanConfiguration());
        modelBuilder.ApplyConfiguration(new ObligationConfiguration());
        modelBuilder.ApplyConfiguration(new FilingConfiguration());
        modelBuilder.ApplyConfiguration(new OverdueNoticeConfiguration());
        modelBuilder.ApplyConfiguration(new TrackingAuditEntryConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddIdempotentResponses();
        modelBuilder.AddAuditChains();
        modelBuilder.UseSnakeCaseNames();
    }
}
