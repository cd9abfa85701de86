using HuiShang.Agreements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Agreements.Data;

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> builder)
    {
        builder.ToTable("agreement_versions");
        // The key is the number within the agreement: a second "version n+1" cannot be stored.
        builder.HasKey(v => new { v.AgreementId, v.Number });
        builder.HasOne<Agreement>().WithMany().HasForeignKey(v => v.AgreementId);
        builder.Property(v => v.Text).HasMaxLength(AgreementLimits.Text).IsRequired();
        builder.Property(v => v.CreatedBy).HasMaxLength(AgreementLimits.UserName).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(AgreementLimits.LongText);
        builder.Ignore(v => v.OrderedItems);

        builder.OwnsMany(v => v.Items, item =>
        {
            item.ToTable("agreed_items");
            item.WithOwner().HasForeignKey("AgreementId", "VersionNumber");
            item.Property<int>("Id");
            item.HasKey("Id");
            item.Property(i => i.Title).HasMaxLength(AgreementLimits.Title).IsRequired();
            item.Property(i => i.Field).HasMaxLength(AgreementLimits.Code).IsRequired();
            item.Property(i => i.OwnerSide).HasMaxLength(16).IsRequired();
            item.Property(i => i.LeadUnit).HasMaxLength(AgreementLimits.Title).IsRequired();
            item.Property(i => i.CoUnits).AsJsonList();
            item.Property(i => i.ResponsiblePerson).HasMaxLength(AgreementLimits.UserName).IsRequired();
        });
        builder.Navigation(v => v.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
