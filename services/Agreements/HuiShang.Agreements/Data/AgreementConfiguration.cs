using HuiShang.Agreements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Agreements.Data;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasMaxLength(32).IsRequired();
        builder.Property(a => a.RegionCode).HasMaxLength(AgreementLimits.RegionCode).IsRequired();
        builder.Property(a => a.JurisdictionCode).HasMaxLength(AgreementLimits.RegionCode).IsRequired();
        builder.Property(a => a.Tier).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(AgreementLimits.ShortText).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.PolicyVersion).HasMaxLength(AgreementLimits.Code).IsRequired();
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Ignore(a => a.Step);
        builder.Ignore(a => a.OpenRefusal);

        // One agreement per selected proposal: a redelivered or repeated ProposalSelected cannot open a second.
        builder.HasIndex(a => a.ProposalId).IsUnique();
        builder.HasIndex(a => new { a.RegionCode, a.Status });
        builder.HasIndex(a => new { a.JurisdictionCode, a.Status });

        builder.OwnsMany(a => a.Steps, step =>
        {
            step.ToTable("agreement_steps");
            step.WithOwner().HasForeignKey("AgreementId");
            step.Property<int>("Id");
            step.HasKey("Id");
            step.Property(s => s.Step).HasConversion<string>().HasMaxLength(32);
            step.Property(s => s.RuleId).HasMaxLength(AgreementLimits.RuleId).IsRequired();
        });
        builder.Navigation(a => a.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(a => a.Approvals, approval =>
        {
            approval.ToTable("agreement_approvals");
            approval.WithOwner().HasForeignKey("AgreementId");
            approval.Property<int>("Id");
            approval.HasKey("Id");
            approval.Property(a => a.Side).HasMaxLength(16).IsRequired();
            approval.Property(a => a.By).HasMaxLength(AgreementLimits.UserName).IsRequired();
        });
        builder.Navigation(a => a.Approvals).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(a => a.Signatures, signature =>
        {
            signature.ToTable("agreement_signatures");
            signature.WithOwner().HasForeignKey("AgreementId");
            signature.Property<int>("Id");
            signature.HasKey("Id");
            signature.Property(s => s.Side).HasMaxLength(16).IsRequired();
            signature.Property(s => s.By).HasMaxLength(AgreementLimits.UserName).IsRequired();
            signature.Property(s => s.Name).HasMaxLength(AgreementLimits.UserName).IsRequired();
        });
        builder.Navigation(a => a.Signatures).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The optional parts live in their own tables: a table shared with the owner would need its
        // key column renamed after the snake_case pass, and absent is simply "no row".
        builder.OwnsOne(a => a.FormalDocument, document =>
        {
            document.ToTable("agreement_formal_documents");
            document.Property(d => d.DocumentNumber).HasMaxLength(AgreementLimits.Code * 2).IsRequired();
            document.Property(d => d.RecordedBy).HasMaxLength(AgreementLimits.UserName).IsRequired();
        });

        builder.OwnsOne(a => a.Meeting, meeting =>
        {
            meeting.ToTable("agreement_meetings");
            meeting.Property(m => m.Place).HasMaxLength(AgreementLimits.ShortText).IsRequired();
            meeting.Property(m => m.Participants).AsJsonList();
            meeting.Property(m => m.Agenda).AsJsonList();
            meeting.Property(m => m.Materials).AsJsonList();
            meeting.Property(m => m.ScheduledBy).HasMaxLength(AgreementLimits.UserName).IsRequired();
        });

        builder.OwnsOne(a => a.Renewal, renewal =>
        {
            renewal.ToTable("agreement_renewals");
            renewal.Property(r => r.Note).HasMaxLength(AgreementLimits.LongText);
            renewal.Property(r => r.By).HasMaxLength(AgreementLimits.UserName).IsRequired();
        });

        builder.HasMany(a => a.Rounds).WithOne().HasForeignKey(r => r.AgreementId);
        builder.Navigation(a => a.Rounds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Reviews).WithOne().HasForeignKey(r => r.AgreementId);
        builder.Navigation(a => a.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(e => e.AgreementId);
        builder.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
