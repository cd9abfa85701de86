using HuiShang.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Funding.Data;

internal sealed class EnvelopeConfiguration : IEntityTypeConfiguration<Envelope>
{
    public void Configure(EntityTypeBuilder<Envelope> builder)
    {
        builder.ToTable("envelopes");
        builder.HasKey(e => e.AgreementId);
        builder.Property(e => e.AgreementId).ValueGeneratedNever();
        builder.Property(e => e.RegionCode).HasMaxLength(FundingLimits.RegionCode).IsRequired();
        builder.Property(e => e.JurisdictionCode).HasMaxLength(FundingLimits.RegionCode).IsRequired();
        builder.Property(e => e.Tier).HasMaxLength(32).IsRequired();
        builder.Property(e => e.Cap).IsMoney();
        builder.Property(e => e.CapRuleId).HasMaxLength(32);
        builder.Property(e => e.PolicyVersion).HasMaxLength(FundingLimits.Code);
        builder.Property(e => e.Note).HasMaxLength(FundingLimits.Text);
        builder.Property(e => e.Committed).IsMoney();
        // GX-18 under concurrency: a registration's UPDATE only succeeds on the version it read.
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.Remaining);
        builder.HasIndex(e => e.RegionCode);
        builder.HasIndex(e => e.JurisdictionCode);

        builder.OwnsMany(e => e.Items, item =>
        {
            item.ToTable("envelope_items");
            item.WithOwner().HasForeignKey("AgreementId");
            item.Property<int>("Id");
            item.HasKey("Id");
            item.Property(i => i.Title).HasMaxLength(FundingLimits.LongText).IsRequired();
            item.Property(i => i.Field).HasMaxLength(FundingLimits.Code).IsRequired();
            item.Property(i => i.OwnerSide).HasMaxLength(FundingLimits.Code).IsRequired();
            item.Property(i => i.LeadUnit).HasMaxLength(FundingLimits.Text).IsRequired();
            item.Property(i => i.CoUnits).HasMaxLength(FundingLimits.LongText).IsRequired();
            item.Property(i => i.ResponsiblePerson).HasMaxLength(FundingLimits.Text).IsRequired();
        });
        builder.Navigation(e => e.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
