using HuiShang.Agreements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuiShang.Agreements.Data;

internal sealed class CommentRoundConfiguration : IEntityTypeConfiguration<CommentRound>
{
    public void Configure(EntityTypeBuilder<CommentRound> builder)
    {
        builder.ToTable("comment_rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Divisions).AsJsonList();
        builder.Property(r => r.StartedBy).HasMaxLength(AgreementLimits.UserName).IsRequired();
        builder.Property(r => r.ClosedBy).HasMaxLength(AgreementLimits.UserName);
        builder.Property(r => r.CloseReason).HasMaxLength(AgreementLimits.LongText);
        builder.Property(r => r.UnansweredDivisions).AsJsonList();
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.Status);
        builder.Ignore(r => r.PendingDivisions);
        builder.Ignore(r => r.OrderedComments);
        // The overdue scan looks for rounds past their due date that were not noticed yet.
        builder.HasIndex(r => new { r.OverdueNoticedAt, r.DueOn });

        builder.OwnsMany(r => r.Comments, comment =>
        {
            comment.ToTable("comments");
            comment.WithOwner().HasForeignKey("RoundId");
            comment.HasKey(c => c.Id);
            comment.Property(c => c.Id).ValueGeneratedNever();
            comment.Property(c => c.Division).HasMaxLength(AgreementLimits.Code).IsRequired();
            comment.Property(c => c.Text).HasMaxLength(AgreementLimits.Text);
            comment.Property(c => c.By).HasMaxLength(AgreementLimits.UserName).IsRequired();
            comment.Property(c => c.Resolution).HasMaxLength(32);
            comment.Property(c => c.ResolutionReason).HasMaxLength(AgreementLimits.LongText);
            comment.Ignore(c => c.NeedsResolution);
        });
        builder.Navigation(r => r.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
