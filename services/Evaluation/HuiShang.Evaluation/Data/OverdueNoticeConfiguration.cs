using HuiShang.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Evaluation.Data;

internal sealed class OverdueNoticeConfiguration : IEntityTypeConfiguration<OverdueNotice>
{
    public void Configure(EntityTypeBuilder<OverdueNotice> builder)
    {
        builder.ToTable("overdue_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Key).HasMaxLength(TrackingLimits.Code).IsRequired();
        builder.Ignore(n => n.IsOpen);
        // Once per period or item: two scans racing cannot both raise it.
        builder.HasIndex(n => new { n.PlanId, n.Key }).IsUnique();
    }
}
