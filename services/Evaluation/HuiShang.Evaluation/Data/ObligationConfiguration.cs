using HuiShang.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Evaluation.Data;

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> builder)
    {
        builder.ToTable("obligations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(TrackingLimits.LongText).IsRequired();
        builder.Property(i => i.Field).HasMaxLength(TrackingLimits.Code).IsRequired();
        builder.Property(i => i.OwnerSide).HasMaxLength(16).IsRequired();
        builder.Property(i => i.LeadUnit).HasMaxLength(TrackingLimits.ShortText).IsRequired();
        // A primitive collection: JSON text on SQLite, text[] on PostgreSQL; nothing queries inside it.
        builder.PrimitiveCollection(i => i.CoUnits).IsRequired();
        builder.Property(i => i.ResponsiblePerson).HasMaxLength(TrackingLimits.ShortText).IsRequired();
        builder.Property(i => i.Division).HasMaxLength(TrackingLimits.Code).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Evidence).HasMaxLength(TrackingLimits.LongText).IsRequired();
        builder.Property(i => i.DoneBy).HasMaxLength(TrackingLimits.UserName);
        builder.Property(i => i.AcceptedBy).HasMaxLength(TrackingLimits.UserName);
        builder.Property(i => i.ReturnedReason).HasMaxLength(TrackingLimits.LongText).IsRequired();
        builder.Ignore(i => i.IsCityItem);
        builder.Ignore(i => i.IsUnfinished);
        // A division's overview finds the plans it owns items of.
        builder.HasIndex(i => i.Division);
    }
}
