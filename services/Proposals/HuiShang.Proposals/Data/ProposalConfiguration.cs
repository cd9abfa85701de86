using HuiShang.Proposals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Proposals.Data;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RegionCode).HasMaxLength(ProposalLimits.RegionCode).IsRequired();
        builder.Property(p => p.JurisdictionCode).HasMaxLength(ProposalLimits.RegionCode).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Title).HasMaxLength(ProposalLimits.Title).IsRequired();
        builder.Property(p => p.CallId).HasMaxLength(ProposalLimits.CallId).IsRequired();
        builder.Property(p => p.PreviousRoundSummary).HasMaxLength(ProposalLimits.LongText);
        builder.Property(p => p.UrgentReason).HasMaxLength(ProposalLimits.LongText);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.CreatedBy).HasMaxLength(ProposalLimits.UserName).IsRequired();
        builder.Property(p => p.SubmittedBy).HasMaxLength(ProposalLimits.UserName);
        builder.Property(p => p.SelectionTier).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.DecisionReason).HasMaxLength(ProposalLimits.LongText);
        builder.Property(p => p.PolicyVersion).HasMaxLength(ProposalLimits.Code);
        builder.Property(p => p.RdGdpRatio).HasPrecision(9, 4);
        builder.Property(p => p.RdGdpRatioPrevious).HasPrecision(9, 4);
        builder.Property(p => p.FiscalStSpendingGrowth).HasPrecision(9, 4);
        builder.Property(p => p.RegularRevenueGrowth).HasPrecision(9, 4);
        builder.Ignore(p => p.Figures);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.ProposalId);
        builder.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Tenancy filters every read by region or jurisdiction.
        builder.HasIndex(p => new { p.RegionCode, p.Status });
        builder.HasIndex(p => new { p.JurisdictionCode, p.Status });
        builder.HasIndex(p => p.CallId);

        builder.OwnsMany(p => p.Topics, topic =>
        {
            topic.ToTable("proposal_topics");
            topic.WithOwner().HasForeignKey("ProposalId");
            topic.Property<int>("Id");
            topic.HasKey("Id");
            topic.Property(t => t.Title).HasMaxLength(ProposalLimits.Title).IsRequired();
            topic.Property(t => t.Category).HasMaxLength(ProposalLimits.Code).IsRequired();
            topic.Property(t => t.Field).HasMaxLength(ProposalLimits.Code).IsRequired();
            topic.Property(t => t.PriorWork).HasMaxLength(ProposalLimits.LongText);
            topic.Property(t => t.Alignment).HasMaxLength(ProposalLimits.LongText);
            topic.Property(t => t.NextSteps).HasMaxLength(ProposalLimits.LongText);
            topic.Property(t => t.RequestedSupport).HasPrecision(18, 2);
        });
    }
}
