using HuiShang.Agreements.Domain;
using HuiShang.Messaging;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Agreements.Data;

/// <summary>
/// The Agreements database. Abstract: it runs as the provider's derived context, which owns that
/// provider's migrations (decision 002).
/// </summary>
public abstract class AgreementsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementVersion> Versions => Set<AgreementVersion>();

    public DbSet<CommentRound> CommentRounds => Set<CommentRound>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<AgreementAuditEntry> History => Set<AgreementAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AgreementConfiguration());
        modelBuilder.ApplyConfiguration(new AgreementVersionConfiguration());
        modelBuilder.ApplyConfiguration(new CommentRoundConfiguration());
        modelBuilder.ApplyConfiguration(new ReviewConfiguration());
        modelBuilder.ApplyConfiguration(new AgreementAuditEntryConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChains();
        modelBuilder.UseSnakeCaseNames();
    }
}
