using HuiShang.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Funding.Data;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RegionCode).HasMaxLength(FundingLimits.RegionCode).IsRequired();
        builder.Property(p => p.DistrictCode).HasMaxLength(FundingLimits.RegionCode);
        builder.Property(p => p.JurisdictionCode).HasMaxLength(FundingLimits.RegionCode).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(FundingLimits.Title).IsRequired();
        builder.Property(p => p.Field).HasMaxLength(FundingLimits.Code).IsRequired();
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.UpperSupport).IsMoney();
        builder.Property(p => p.OfferedMatchRatio).IsRatio();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.RegisteredBy).HasMaxLength(FundingLimits.UserName).IsRequired();
        builder.Property(p => p.ClosingNote).HasMaxLength(FundingLimits.LongText);
        builder.Property(p => p.AcceptanceMode).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.PolicyVersion).HasMaxLength(FundingLimits.Code).IsRequired();
        builder.Ignore(p => p.Unfinished);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.ProjectId);
        builder.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Envelope>().WithMany().HasForeignKey(p => p.AgreementId);

        // Tenancy filters every read by jurisdiction, city or district.
        builder.HasIndex(p => new { p.AgreementId, p.Status });
        builder.HasIndex(p => new { p.JurisdictionCode, p.Status });
        builder.HasIndex(p => new { p.RegionCode, p.Status });
        builder.HasIndex(p => p.DistrictCode);

        // XJ-4.2: the plan as fixed at approval, in its own table so it reads as one record.
        builder.OwnsOne(p => p.Plan, plan =>
        {
            plan.ToTable("funding_plans");
            plan.WithOwner().HasForeignKey("ProjectId");
            plan.Property(x => x.PolicyVersion).HasMaxLength(FundingLimits.Code).IsRequired();
            plan.Property(x => x.RuleIdList).HasMaxLength(FundingLimits.Text).IsRequired();
            plan.Property(x => x.UpperSupport).IsMoney();
            plan.Property(x => x.MatchRatio).IsRatio();
            plan.Property(x => x.CityLevelShare).IsRatio();
            plan.Property(x => x.CityMatch).IsMoney();
            plan.Property(x => x.CityLevel).IsMoney();
            plan.Property(x => x.District).IsMoney();
            plan.Property(x => x.Note).HasMaxLength(FundingLimits.Text);
            plan.Ignore(x => x.Total);
            plan.Ignore(x => x.RuleIds);
            plan.Ignore(x => x.Sources);
        });
    }
}
