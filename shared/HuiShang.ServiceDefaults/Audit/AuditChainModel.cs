using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Audit;

public static class AuditChainModel
{
    /// <summary>Shadow column of an audited record: the hash of its newest history entry.</summary>
    public const string HeadProperty = "HistoryHead";

    /// <summary>Longest client address kept: an IPv6 text with a zone id fits.</summary>
    public const int ClientAddressLength = 64;

    /// <summary>
    /// The chain's columns on every audited record and history entry of the model (decision 012).
    /// The head lives on the record's row, so it is written under the record's concurrency token:
    /// two writers of one record cannot both extend the chain from the same head, and deleting the
    /// newest entries no longer matches the head. Call before UseSnakeCaseNames.
    /// </summary>
    public static ModelBuilder AddAuditChains(this ModelBuilder modelBuilder)
    {
        // Only the audited types: Entity(type) on an owned type would turn it into a non-owned one.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList())
        {
            if (typeof(IAuditedRecord).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Property<string>(HeadProperty).HasMaxLength(AuditHash.MaxLength).IsRequired().HasDefaultValue("");
            }

            if (typeof(IAuditTrailEntry).IsAssignableFrom(entity.ClrType))
            {
                var builder = modelBuilder.Entity(entity.ClrType);
                // Rows written before the chain existed keep "" (decision 012: they precede the chain).
                builder.Property(nameof(IAuditTrailEntry.Hash)).HasMaxLength(AuditHash.MaxLength).IsRequired().HasDefaultValue("");
                builder.Property(nameof(IAuditTrailEntry.PreviousHash)).HasMaxLength(AuditHash.MaxLength).IsRequired().HasDefaultValue("");
                builder.Property(nameof(AuditFields.ClientAddress)).HasMaxLength(ClientAddressLength);
            }
        }

        return modelBuilder;
    }
}
