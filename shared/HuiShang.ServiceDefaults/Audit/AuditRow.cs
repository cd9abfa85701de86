namespace HuiShang.ServiceDefaults.Audit;

/// <summary>A stored history entry as the verifier reads it: database id (write order) and its chain fields.</summary>
public sealed record AuditRow(long Id, AuditFields Fields, string PreviousHash, string Hash);
