using System.Linq.Expressions;
using Grpc.Core;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Identity;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Audit;

public static class VerifyHistoryCall
{
    /// <summary>
    /// A service's VerifyHistory RPC, whole (decision 012): admins only, every record or the one
    /// named; <paramref name="recordOf"/> is the entry's key of its record (ProposalId, ...).
    /// </summary>
    public static async Task<HistoryVerification> VerifyHistoryAsync<TEntry, TRecord>(
        this ServerCallContext context, VerifyHistoryRequest request,
        IQueryable<TEntry> entries, Expression<Func<TEntry, Guid>> recordOf, IQueryable<TRecord> records)
        where TEntry : class, IAuditTrailEntry
        where TRecord : class, IAuditedRecord
    {
        context.RequireCaller(Roles.Admin);
        if (RecordOf(request) is { } id)
        {
            var sameRecord = Expression.Lambda<Func<TEntry, bool>>(Expression.Equal(recordOf.Body, Expression.Constant(id)), recordOf.Parameters);
            entries = entries.Where(sameRecord);
            records = records.Where(r => EF.Property<Guid>(r, "Id") == id);
        }

        return (await AuditChainQuery.VerifyAsync(entries, records, context.CancellationToken)).ToMessage();
    }

    private static Guid? RecordOf(VerifyHistoryRequest request) =>
        string.IsNullOrEmpty(request.RecordId) ? null
        : Guid.TryParse(request.RecordId, out var id) ? id
        : throw ServiceProblems.Validation("The record id is not valid.", [new("recordId", "A GUID.")]);
}
