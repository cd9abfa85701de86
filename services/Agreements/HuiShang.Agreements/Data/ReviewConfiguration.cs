using HuiShang.Agreements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Agreements.Data;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Decision).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Reasons).AsJsonList();
        builder.Property(r => r.By).HasMaxLength(AgreementLimits.UserName).IsRequired();
        builder.Property(r => r.RuleId).HasMaxLength(AgreementLimits.RuleId).IsRequired();
        builder.Ignore(r => r.IsRefusal);
        builder.Ignore(r => r.IsOpen);
    }
}
