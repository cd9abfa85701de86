using HuiShang.Proposals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Proposals.Data;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.JurisdictionCode).HasMaxLength(ProposalLimits.RegionCode).IsRequired();
        builder.Property(c => c.PolicyVersion).HasMaxLength(ProposalLimits.Code).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.CreatedBy).HasMaxLength(ProposalLimits.UserName).IsRequired();

        // GX-10: one call per jurisdiction and year.
        builder.HasIndex(c => new { c.JurisdictionCode, c.Year }).IsUnique();
    }
}
