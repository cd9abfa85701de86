namespace HuiShang.ServiceDefaults.Audit;

/// <summary>One entry of a record's hash-chained history (decision 012).</summary>
public interface IAuditTrailEntry
{
    /// <summary>Database id: the order entries were written in.</summary>
    long Id { get; }

    /// <summary>The content the hash covers, as it is now.</summary>
    AuditFields Fields { get; }

    /// <summary>Empty until sealed (and for entries written before the chain existed).</summary>
    string Hash { get; }

    string PreviousHash { get; }

    /// <summary>Set once, by <see cref="AuditChainInterceptor"/> as the entry is saved.</summary>
    void Seal(string? clientAddress, string previousHash, string hash);
}
