namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// An aggregate whose history is hash-chained: its entries in the order the domain recorded them.
/// Its table carries the hash of its newest entry (<see cref="AuditChainModel.HeadProperty"/>).
/// </summary>
public interface IAuditedRecord
{
    IEnumerable<IAuditTrailEntry> AuditTrail { get; }
}
