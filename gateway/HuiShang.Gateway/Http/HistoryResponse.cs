using HuiShang.Contracts.Common.V1;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Http;

/// <summary>The append-only history of a record (proposal, agreement, project), oldest first, a page at a time.</summary>
public sealed record HistoryResponse(IReadOnlyList<AuditEntryResponse> Items, string? NextCursor)
{
    /// <summary>The page the caller asked for, or the validation problem of its parameters.</summary>
    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem>> PageAsync(
        PageParameters page, Func<PageRequest, Task<(IEnumerable<AuditEntry> Entries, PageReply Page)>> read)
    {
        var errors = page.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var (entries, next) = await read(page.ToMessage());
        return TypedResults.Ok(Of(entries, next));
    }

    public static HistoryResponse Of(IEnumerable<AuditEntry> entries, PageReply? page) => new(entries.Select(e => new AuditEntryResponse(
        WireValues.ParseInstant(e.At, "history.at"),
        e.By,
        e.Action,
        e.FromStatus.Length == 0 ? null : e.FromStatus,
        e.ToStatus,
        e.Detail.Length == 0 ? null : e.Detail,
        e.Version)).ToList(), PageParameters.Next(page));
}

/// <summary>Who did what and when, from which status to which (null when the entry created the record), at which version.</summary>
public sealed record AuditEntryResponse(
    DateTimeOffset? At,
    string By,
    string Action,
    string? FromStatus,
    string ToStatus,
    string? Detail,
    long Version);
