using HuiShang.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Evaluation.Data;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.ToTable("filings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasMaxLength(32).IsRequired();
        builder.Property(f => f.RuleId).HasMaxLength(TrackingLimits.RuleId).IsRequired();
        builder.Property(f => f.FiledBy).HasMaxLength(TrackingLimits.UserName).IsRequired();
        builder.Property(f => f.ReturnedReason).HasMaxLength(TrackingLimits.LongText).IsRequired();
        builder.Property(f => f.ReturnedBy).HasMaxLength(TrackingLimits.UserName);
        builder.Property(f => f.Summary).HasMaxLength(TrackingLimits.Text).IsRequired();
        builder.Property(f => f.Timetable).HasMaxLength(TrackingLimits.Text).IsRequired();
        builder.Property(f => f.Roadmap).HasMaxLength(TrackingLimits.Text).IsRequired();
        builder.PrimitiveCollection(f => f.ResponsiblePeople).IsRequired();
        builder.Ignore(f => f.PeriodKey);

        // Two filings racing for the same revision of a period cannot both be saved.
        builder.HasIndex(f => new { f.PlanId, f.Kind, f.Year, f.Quarter, f.Revision }).IsUnique();
        builder.HasOne<TrackingPlan>().WithMany().HasForeignKey(f => f.PlanId);

        builder.OwnsMany(f => f.Entries, entry =>
        {
            entry.ToTable("filing_entries");
            entry.WithOwner().HasForeignKey("FilingId");
            entry.Property<int>("Id");
            entry.HasKey("Id");
            entry.Property(e => e.Status).HasMaxLength(32).IsRequired();
            entry.Property(e => e.Progress).HasMaxLength(TrackingLimits.LongText).IsRequired();
            entry.Property(e => e.MoneyArrived).HasPrecision(18, 2);
            entry.Property(e => e.Milestone).HasMaxLength(TrackingLimits.ShortText).IsRequired();
            entry.PrimitiveCollection(e => e.Attachments).IsRequired();
        });
        builder.Navigation(f => f.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
