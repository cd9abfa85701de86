using HuiShang.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Notifications.Data;

internal sealed class InboxEntryConfiguration : IEntityTypeConfiguration<InboxEntry>
{
    public void Configure(EntityTypeBuilder<InboxEntry> builder)
    {
        builder.ToTable("inbox_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RecipientRole).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(e => e.RecipientRegion).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(e => e.RecipientDivision).HasMaxLength(InboxEntryLimits.Code).HasDefaultValue("");
        builder.Property(e => e.Type).HasMaxLength(InboxEntryLimits.Type);
        builder.Property(e => e.Title).HasMaxLength(InboxEntryLimits.Title);
        builder.Property(e => e.Body).HasMaxLength(InboxEntryLimits.Body);
        builder.Property(e => e.SubjectId).HasMaxLength(InboxEntryLimits.Code);
        builder.Property(e => e.RegionCode).HasMaxLength(InboxEntryLimits.Code);

        // ListInbox: WHERE recipient_region = @region AND recipient_role IN (...) ORDER BY created_at DESC.
        builder.HasIndex(e => new { e.RecipientRegion, e.RecipientRole, e.CreatedAt });

        // Second line behind the consumer inbox: one message never addresses the same recipients twice.
        builder.HasIndex(e => new { e.SourceMessageId, e.RecipientRole, e.RecipientRegion, e.RecipientDivision }).IsUnique();
    }
}
