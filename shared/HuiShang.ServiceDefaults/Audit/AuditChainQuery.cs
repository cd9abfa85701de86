using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Audit;

public static class AuditChainQuery
{
    /// <summary>
    /// Verifies the history rows of <paramref name="entries"/> against the heads of
    /// <paramref name="records"/> (both already filtered to one record, or not at all). Reads the
    /// rows in one pass in id order; the table's size bounds the memory, which is fine for an
    /// admin's occasional check of today's volumes (decision 012).
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync<TEntry, TRecord>(
        IQueryable<TEntry> entries, IQueryable<TRecord> records, CancellationToken cancellationToken)
        where TEntry : class, IAuditTrailEntry
        where TRecord : class, IAuditedRecord
    {
        var heads = await records.AsNoTracking()
            .Select(r => new { Id = EF.Property<Guid>(r, "Id"), Head = EF.Property<string>(r, AuditChainModel.HeadProperty) })
            .ToDictionaryAsync(h => h.Id, h => h.Head, cancellationToken);
        var rows = await entries.AsNoTracking().OrderBy(e => EF.Property<long>(e, "Id")).ToListAsync(cancellationToken);
        return AuditChainVerifier.Verify(rows.Select(e => new AuditRow(e.Id, e.Fields, e.PreviousHash, e.Hash)), heads);
    }
}
