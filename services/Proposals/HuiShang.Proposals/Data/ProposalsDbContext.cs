using HuiShang.Messaging;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Data;

/// <summary>
/// The Proposals database. Abstract: it runs as the provider's derived context, which owns that
/// provider's migrations (decision 002).
/// </summary>
public abstract class ProposalsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<Call> Calls => Set<Call>();

    public DbSet<ProposalAuditEntry> ProposalHistory => Set<ProposalAuditEntry>();

    public DbSet<UnfinishedProject> UnfinishedProjects => Set<UnfinishedProject>();

    public DbSet<SignedFramework> SignedFrameworks => Set<SignedFramework>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProposalConfiguration());
        modelBuilder.ApplyConfiguration(new CallConfiguration());
        modelBuilder.ApplyConfiguration(new ProposalAuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new UnfinishedProjectConfiguration());
        modelBuilder.ApplyConfiguration(new SignedFrameworkConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChains();
        modelBuilder.UseSnakeCaseNames();
    }
}
