namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// The content of one history entry that its hash covers (decision 012). Statuses are the names
/// stored in the database, so a row read back yields the same fields it was sealed with.
/// </summary>
public sealed record AuditFields(
    Guid RecordId,
    DateTimeOffset At,
    string By,
    string? ClientAddress,
    string Action,
    string? FromStatus,
    string ToStatus,
    long Version,
    string? Detail);
