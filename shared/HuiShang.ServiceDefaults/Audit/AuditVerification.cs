namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// The outcome of checking a history table: how many sealed entries matched, how many rows predate
/// the chain, and the first link that does not hold (null when all do).
/// </summary>
public sealed record AuditVerification(long CheckedCount, long UnsealedCount, long RecordCount, BrokenLink? FirstBroken)
{
    public bool Intact => FirstBroken is null;
}

/// <summary>
/// Where the chain breaks: the record, the entry's position in that record's history (0 = first;
/// for <see cref="BrokenLinkReason.Truncated"/> the number of entries), its database id and
/// version, and the hash the chain expected against the one found.
/// </summary>
public sealed record BrokenLink(Guid RecordId, int EntryIndex, long EntryId, long Version, BrokenLinkReason Reason, string Expected, string Actual);

public enum BrokenLinkReason
{
    /// <summary>The entry's fields no longer give its stored hash (expected: stored, actual: recomputed).</summary>
    ContentChanged,

    /// <summary>The entry does not point at the entry before it (expected: that entry's hash, actual: its previous hash).</summary>
    PreviousHashMismatch,

    /// <summary>An entry without a hash after sealed ones (expected: a hash, actual: empty).</summary>
    Unsealed,

    /// <summary>The hash names a format this build does not know.</summary>
    UnknownFormat,

    /// <summary>The record's head is not its newest entry's hash: entries were deleted at the end (expected: head, actual: newest hash).</summary>
    Truncated,
}
