using HuiShang.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Evaluation.Data;

internal sealed class TrackingAuditEntryConfiguration : IEntityTypeConfiguration<TrackingAuditEntry>
{
    public void Configure(EntityTypeBuilder<TrackingAuditEntry> builder)
    {
        builder.ToTable("tracking_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.By).HasMaxLength(TrackingLimits.UserName).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(TrackingLimits.Code).IsRequired();
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Detail).HasMaxLength(TrackingLimits.LongText);
        builder.HasIndex(e => new { e.PlanId, e.Id });
    }
}
