using HuiShang.Messaging;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Agreements.Data;

/// <summary>
/// The Agreements database: for now only the outbox and inbox, so the service publishes and consumes
/// through them from its first entity on. Abstract: it runs as the provider's derived context,
/// which owns that provider's migrations (decision 002).
/// </summary>
public abstract class AgreementsDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
