using HuiShang.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Notifications.Data;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Scope);
        builder.Ignore(s => s.EventTypeList);
        builder.Property(s => s.OwnerRole).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(s => s.OwnerRegion).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(s => s.OwnerSubject).HasMaxLength(InboxEntryLimits.Type);
        builder.Property(s => s.ScopeLevel).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(s => s.ScopeRegion).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(s => s.Url).HasMaxLength(WebhookLimits.Url);
        builder.Property(s => s.EventTypes).HasMaxLength(WebhookLimits.EventTypes);
        builder.Property(s => s.FilterRegion).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(s => s.Description).HasMaxLength(WebhookLimits.Description);
        builder.Property(s => s.Status).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(s => s.StatusReason).HasMaxLength(WebhookLimits.Reason);
        builder.Property(s => s.Secret).HasMaxLength(WebhookLimits.Secret);
        builder.Property(s => s.PreviousSecret).HasMaxLength(WebhookLimits.Secret);

        // ListSubscriptions: the owner's, newest first.
        builder.HasIndex(s => new { s.OwnerRegion, s.OwnerRole });
    }
}
