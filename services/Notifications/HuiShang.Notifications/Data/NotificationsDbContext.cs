using HuiShang.Messaging;
using HuiShang.Notifications.Domain;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Data;

/// <summary>
/// The Notifications database. Abstract: it runs as the provider's derived context, which owns
/// that provider's migrations (decision 002).
/// </summary>
public abstract class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new InboxEntryConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
