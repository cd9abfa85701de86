using HuiShang.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Funding.Data;

internal sealed class ProjectAuditEntryConfiguration : IEntityTypeConfiguration<ProjectAuditEntry>
{
    public void Configure(EntityTypeBuilder<ProjectAuditEntry> builder)
    {
        builder.ToTable("project_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.By).HasMaxLength(FundingLimits.UserName).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(32).IsRequired();
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Detail).HasMaxLength(FundingLimits.LongText);
        builder.HasIndex(e => new { e.ProjectId, e.Id });
    }
}
