using HuiShang.Messaging;
using HuiShang.Proposals.Domain;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProposalConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
