using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HuiShang.Messaging;

public static class OutboxInboxModelBuilderExtensions
{
    // Instants are stored as UTC DateTime: PostgreSQL maps that to timestamptz as it would a
    // DateTimeOffset, and SQLite can then compare and order them in SQL (it refuses DateTimeOffset
    // in WHERE/ORDER BY), which the dispatcher's pruning needs on both providers.
    private static readonly ValueConverter<DateTimeOffset, DateTime> Utc =
        new(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    private static readonly ValueConverter<DateTimeOffset?, DateTime?> NullableUtc =
        new(v => v.HasValue ? v.Value.UtcDateTime : null,
            v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);

    /// <summary>
    /// Adds <see cref="OutboxMessage"/> (table "outbox_messages") and <see cref="InboxMessage"/>
    /// (table "inbox_messages") to a service's model. Call from OnModelCreating; the tables then
    /// arrive with the service's own migrations.
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Sequence);
            b.Property(m => m.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
            b.Property(m => m.MessageId).HasColumnName("message_id");
            b.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(512).IsRequired();
            b.Property(m => m.Body).HasColumnName("body").IsRequired();
            b.Property(m => m.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
            b.Property(m => m.SentAt).HasColumnName("sent_at").HasConversion(NullableUtc);
            b.Property(m => m.Attempts).HasColumnName("attempts");
            b.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(OutboxLimits.LastErrorLength);
            b.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
            b.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(OutboxLimits.TraceStateLength);
            b.HasIndex(m => m.MessageId).IsUnique();
            // The dispatcher's query: WHERE sent_at IS NULL AND sequence > @cursor ORDER BY sequence.
            b.HasIndex(m => new { m.SentAt, m.Sequence });
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            // The key is the duplicate detector: a second insert of the pair violates it.
            b.HasKey(m => new { m.MessageId, m.Consumer });
            b.Property(m => m.MessageId).HasColumnName("message_id");
            b.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(256);
            b.Property(m => m.ProcessedAt).HasColumnName("processed_at").HasConversion(Utc);
            b.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }
}
