using HuiShang.Proposals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Proposals.Data;

internal sealed class SignedFrameworkConfiguration : IEntityTypeConfiguration<SignedFramework>
{
    public void Configure(EntityTypeBuilder<SignedFramework> builder)
    {
        builder.ToTable("signed_frameworks");
        builder.HasKey(f => f.AgreementId);
        builder.Property(f => f.AgreementId).ValueGeneratedNever();
        builder.Property(f => f.RegionCode).HasMaxLength(ProposalLimits.RegionCode).IsRequired();
        builder.Property(f => f.JurisdictionCode).HasMaxLength(ProposalLimits.RegionCode).IsRequired();

        // Selection looks up the regions of a call in its jurisdiction (HB-17).
        builder.HasIndex(f => new { f.JurisdictionCode, f.RegionCode });
    }
}
