using HuiShang.Proposals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Proposals.Data;

internal sealed class UnfinishedProjectConfiguration : IEntityTypeConfiguration<UnfinishedProject>
{
    public void Configure(EntityTypeBuilder<UnfinishedProject> builder)
    {
        builder.ToTable("unfinished_projects");
        builder.HasKey(p => p.ProjectId);
        builder.Property(p => p.ProjectId).ValueGeneratedNever();
        builder.Property(p => p.RegionCode).HasMaxLength(ProposalLimits.RegionCode).IsRequired();
        builder.Property(p => p.Field).HasMaxLength(ProposalLimits.Code).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(ProposalLimits.Title).IsRequired();
        builder.Property(p => p.Status).HasMaxLength(32).IsRequired();

        // Finished projects stay as tombstones for event ordering; every reader sees only unfinished ones.
        builder.Property(p => p.Unfinished).IsRequired();
        builder.HasQueryFilter(p => p.Unfinished);

        // GX-21 looks up a city's unfinished projects by field.
        builder.HasIndex(p => new { p.RegionCode, p.Field });
    }
}
