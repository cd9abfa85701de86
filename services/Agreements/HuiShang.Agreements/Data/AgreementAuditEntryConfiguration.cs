using HuiShang.Agreements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Agreements.Data;

internal sealed class AgreementAuditEntryConfiguration : IEntityTypeConfiguration<AgreementAuditEntry>
{
    public void Configure(EntityTypeBuilder<AgreementAuditEntry> builder)
    {
        builder.ToTable("agreement_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.By).HasMaxLength(AgreementLimits.UserName).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AgreementLimits.Code).IsRequired();
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Detail).HasMaxLength(AgreementLimits.LongText);
        builder.HasIndex(e => new { e.AgreementId, e.Id });
    }
}
