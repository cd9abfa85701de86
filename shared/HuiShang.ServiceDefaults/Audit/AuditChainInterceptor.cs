using HuiShang.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// Seals new history entries as they are saved (decision 012): each gets the caller's client
/// address and the hash of the previous entry of its record, and the record's head moves to the
/// newest hash. Done here, as CleanArchitecture's auditable-entity interceptor stamps its fields,
/// so no domain method needs the address or the chain passed in.
/// </summary>
public sealed class AuditChainInterceptor(IHttpContextAccessor http) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Seal(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seal(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Seal(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Entries appended to a record's list since the last save are tracked only after detection.
        context.ChangeTracker.DetectChanges();
        var address = http.HttpContext is { } call ? ForwardedClientAddress.Resolve(call) : null;
        foreach (var record in context.ChangeTracker.Entries<IAuditedRecord>().ToList())
        {
            var head = record.Property(AuditChainModel.HeadProperty);
            var previous = head.CurrentValue as string ?? "";
            var sealedAny = false;
            // The record's own list gives the order the domain recorded them; the tracker's order is unspecified.
            foreach (var entry in record.Entity.AuditTrail)
            {
                // Already sealed: a retried save must not chain the same entry twice.
                if (entry.Hash.Length > 0 || context.Entry(entry).State != EntityState.Added)
                {
                    continue;
                }

                var hash = AuditHash.Compute(entry.Fields with { ClientAddress = address }, previous);
                entry.Seal(address, previous, hash);
                previous = hash;
                sealedAny = true;
            }

            if (sealedAny)
            {
                head.CurrentValue = previous;
            }
        }
    }
}
