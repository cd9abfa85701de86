using HuiShang.Messaging;
using HuiShang.Notifications.Domain;
using HuiShang.Notifications.Domain.Webhooks;
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

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new InboxEntryConfiguration());
        modelBuilder.ApplyConfiguration(new SubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookAttemptConfiguration());
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
