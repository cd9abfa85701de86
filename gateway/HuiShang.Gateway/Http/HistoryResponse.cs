using HuiShang.Contracts.Common.V1;

namespace HuiShang.Gateway.Http;

/// <summary>The append-only history of a record (proposal, agreement, project), oldest first.</summary>
public sealed record HistoryResponse(IReadOnlyList<AuditEntryResponse> Items)
{
    public static HistoryResponse Of(IEnumerable<AuditEntry> entries) => new(entries.Select(e => new AuditEntryResponse(
        WireValues.ParseInstant(e.At, "history.at"),
        e.By,
        e.Action,
        e.FromStatus.Length == 0 ? null : e.FromStatus,
        e.ToStatus,
        e.Detail.Length == 0 ? null : e.Detail,
        e.Version)).ToList());
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
