using HuiShang.Proposals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Proposals.Data;

internal sealed class ProposalAuditEntryConfiguration : IEntityTypeConfiguration<ProposalAuditEntry>
{
    public void Configure(EntityTypeBuilder<ProposalAuditEntry> builder)
    {
        builder.ToTable("proposal_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.By).HasMaxLength(ProposalLimits.UserName).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(32).IsRequired();
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Detail).HasMaxLength(ProposalLimits.LongText);
        builder.HasIndex(e => new { e.ProposalId, e.Id });
    }
}
