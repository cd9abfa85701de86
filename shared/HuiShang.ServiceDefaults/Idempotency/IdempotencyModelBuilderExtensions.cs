using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HuiShang.ServiceDefaults.Idempotency;

public static class IdempotencyModelBuilderExtensions
{
    // UTC DateTime as the outbox stores instants: timestamptz on PostgreSQL, comparable text on SQLite.
    private static readonly ValueConverter<DateTimeOffset, DateTime> Utc =
        new(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    /// <summary>
    /// Adds <see cref="IdempotentResponse"/> (table "idempotent_responses") to a service's model. Call
    /// from OnModelCreating; the table then arrives with the service's own migrations.
    /// </summary>
    public static ModelBuilder AddIdempotentResponses(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<IdempotentResponse>(b =>
        {
            b.ToTable("idempotent_responses");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
            b.Property(r => r.Subject).HasColumnName("subject").HasMaxLength(256).IsRequired();
            b.Property(r => r.Key).HasColumnName("key").HasMaxLength(IdempotentResponse.MaxKeyLength).IsRequired();
            b.Property(r => r.Method).HasColumnName("method").HasMaxLength(256).IsRequired();
            b.Property(r => r.RequestHash).HasColumnName("request_hash").HasMaxLength(64).IsRequired();
            b.Property(r => r.ResponseType).HasColumnName("response_type").HasMaxLength(256).IsRequired();
            b.Property(r => r.ResponseBytes).HasColumnName("response_bytes").IsRequired();
            b.Property(r => r.CreatedAt).HasColumnName("created_at").HasConversion(Utc);
            // The exactly-once guard: of two identical requests racing, the second insert fails here.
            b.HasIndex(r => new { r.Subject, r.Key }).IsUnique();
        });
        return modelBuilder;
    }
}
