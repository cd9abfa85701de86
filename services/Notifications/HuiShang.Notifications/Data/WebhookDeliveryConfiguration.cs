using HuiShang.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Notifications.Data;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(InboxEntryLimits.Type);
        builder.Property(d => d.Subject).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(d => d.RegionCode).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(d => d.Status).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(d => d.LastError).HasMaxLength(WebhookLimits.ResponseExcerpt);
        builder.HasOne<Subscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);

        // One delivery per subscription and event, whatever happens to the consumer.
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();

        // The dispatcher's scan: pending deliveries, oldest first.
        builder.HasIndex(d => new { d.Status, d.CreatedAt });
    }
}
