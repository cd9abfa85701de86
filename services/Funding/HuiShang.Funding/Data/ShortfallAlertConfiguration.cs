using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Funding.Data;

internal sealed class ShortfallAlertConfiguration : IEntityTypeConfiguration<ShortfallAlert>
{
    public void Configure(EntityTypeBuilder<ShortfallAlert> builder)
    {
        builder.ToTable("shortfall_alerts");
        // Once per project and source: a second scanner racing the first fails on this key, not twice on the bus.
        builder.HasKey(a => new { a.ProjectId, a.Source });
        builder.Property(a => a.Source).HasMaxLength(32);
        builder.Property(a => a.Committed).IsMoney();
        builder.Property(a => a.Arrived).IsMoney();
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId);
    }
}
