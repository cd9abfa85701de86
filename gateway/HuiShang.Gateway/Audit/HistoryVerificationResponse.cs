namespace HuiShang.Gateway.Audit;

/// <summary>
/// A service's history check: <c>intact</c> when every chain holds; otherwise <c>firstBroken</c> is
/// the earliest written entry whose link or content does not. <c>unsealedCount</c> counts entries
/// written before the chain existed.
/// </summary>
public sealed record HistoryVerificationResponse(
    string Service, bool Intact, long CheckedCount, long UnsealedCount, long RecordCount, BrokenLinkResponse? FirstBroken);

/// <summary>
/// <c>reason</c>: content-changed (expected = stored hash, actual = recomputed), previous-hash-mismatch
/// (expected = previous entry's hash, actual = stored link), unsealed, unknown-format, or truncated
/// (entries missing at the end: expected = the record's head, actual = the newest hash found).
/// </summary>
public sealed record BrokenLinkResponse(
    string RecordId, int EntryIndex, long EntryId, long Version, string Reason, string Expected, string Actual);
