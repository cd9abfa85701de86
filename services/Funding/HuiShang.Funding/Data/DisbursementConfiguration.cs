using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Funding.Data;

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> builder)
    {
        builder.ToTable("disbursements");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Source).HasMaxLength(32).IsRequired();
        builder.Property(d => d.Kind).HasMaxLength(32).IsRequired();
        builder.Property(d => d.Amount).IsMoney();
        builder.Property(d => d.Note).HasMaxLength(FundingLimits.Text);
        builder.Property(d => d.By).HasMaxLength(FundingLimits.UserName).IsRequired();
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId);
        builder.HasIndex(d => new { d.ProjectId, d.At });
    }
}
