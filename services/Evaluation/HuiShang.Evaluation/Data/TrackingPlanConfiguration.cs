using HuiShang.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Evaluation.Data;

internal sealed class TrackingPlanConfiguration : IEntityTypeConfiguration<TrackingPlan>
{
    public void Configure(EntityTypeBuilder<TrackingPlan> builder)
    {
        builder.ToTable("tracking_plans");
        builder.HasKey(p => p.Id);
        // The agreement's id: a redelivered or repeated AgreementSigned cannot open a second plan.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RegionCode).HasMaxLength(TrackingLimits.RegionCode).IsRequired();
        builder.Property(p => p.JurisdictionCode).HasMaxLength(TrackingLimits.RegionCode).IsRequired();
        builder.Property(p => p.Tier).HasMaxLength(32).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.OpenOverdueCount);

        // Its own table, as Agreements keeps its owned parts: a table shared with the owner would need its
        // key column renamed after the snake_case pass.
        builder.OwnsOne(p => p.Terms, terms =>
        {
            terms.ToTable("tracking_plan_terms");
            terms.Property(t => t.PolicyVersion).HasMaxLength(TrackingLimits.Code).IsRequired();
            terms.Property(t => t.ReportingRuleId).HasMaxLength(TrackingLimits.RuleId).IsRequired();
            terms.Property(t => t.ImplementationRuleId).HasMaxLength(TrackingLimits.RuleId).IsRequired();
            terms.Property(t => t.PlanRuleId).HasMaxLength(TrackingLimits.RuleId).IsRequired();
            terms.Ignore(t => t.HasReporting);
            terms.Ignore(t => t.HasImplementation);
        });
        builder.Navigation(p => p.Terms).IsRequired();

        builder.HasIndex(p => new { p.JurisdictionCode, p.Status });
        builder.HasIndex(p => new { p.RegionCode, p.Status });

        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Notices).WithOne().HasForeignKey(n => n.PlanId);
        builder.Navigation(p => p.Notices).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.PlanId);
        builder.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
