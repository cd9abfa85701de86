namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// Walks history rows in write order (database id), one chain per record (decision 012), and
/// reports the first row whose link or content does not hold; then checks each record's head
/// against its newest entry, which catches entries deleted from the end.
/// </summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditRow> rowsInIdOrder, IReadOnlyDictionary<Guid, string> heads)
    {
        var chains = new Dictionary<Guid, Chain>();
        long verified = 0, unsealed = 0;
        foreach (var row in rowsInIdOrder)
        {
            var chain = chains.TryGetValue(row.Fields.RecordId, out var known) ? known : new Chain("", 0, false);
            if (Check(row, chain) is { } broken)
            {
                return new AuditVerification(verified, unsealed, heads.Count, broken);
            }

            if (row.Hash.Length == 0)
            {
                // Written before the chain existed: not verifiable, counted so an admin sees them.
                unsealed++;
                chains[row.Fields.RecordId] = chain with { Count = chain.Count + 1 };
                continue;
            }

            verified++;
            chains[row.Fields.RecordId] = new Chain(row.Hash, chain.Count + 1, true);
        }

        foreach (var (record, head) in heads.OrderBy(h => h.Key))
        {
            var chain = chains.GetValueOrDefault(record, new Chain("", 0, false));
            if (!string.Equals(chain.Last, head, StringComparison.Ordinal))
            {
                return new AuditVerification(verified, unsealed, heads.Count,
                    new BrokenLink(record, chain.Count, 0, 0, BrokenLinkReason.Truncated, head, chain.Last));
            }
        }

        return new AuditVerification(verified, unsealed, heads.Count, null);
    }

    private static BrokenLink? Check(AuditRow row, Chain chain)
    {
        BrokenLink Broken(BrokenLinkReason reason, string expected, string actual) =>
            new(row.Fields.RecordId, chain.Count, row.Id, row.Fields.Version, reason, expected, actual);

        if (row.Hash.Length == 0)
        {
            return chain.Sealed ? Broken(BrokenLinkReason.Unsealed, "a hash", "") : null;
        }

        if (!string.Equals(row.PreviousHash, chain.Last, StringComparison.Ordinal))
        {
            return Broken(BrokenLinkReason.PreviousHashMismatch, chain.Last, row.PreviousHash);
        }

        return AuditHash.Recompute(row.Hash, row.Fields, row.PreviousHash) switch
        {
            null => Broken(BrokenLinkReason.UnknownFormat, "a known format", row.Hash),
            var recomputed when !string.Equals(recomputed, row.Hash, StringComparison.Ordinal) =>
                Broken(BrokenLinkReason.ContentChanged, row.Hash, recomputed),
            _ => null,
        };
    }

    /// <summary>A record's chain so far: its newest hash, how many entries, whether any was sealed.</summary>
    private sealed record Chain(string Last, int Count, bool Sealed);
}
