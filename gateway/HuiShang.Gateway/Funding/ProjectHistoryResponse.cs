
namespace HuiShang.Gateway.Funding;

/// <summary>The append-only audit of a project, oldest first (same entry shape as a proposal's history).</summary>
public sealed record ProjectHistoryResponse(IReadOnlyList<AuditEntryResponse> Items);
