namespace HuiShang.Gateway.Proposals;

/// <summary>The append-only audit of a proposal, oldest first.</summary>
public sealed record ProposalHistoryResponse(IReadOnlyList<AuditEntryResponse> Items);

public sealed record AuditEntryResponse(
    DateTimeOffset? At,
    string By,
    string Action,
    string FromStatus,
    string ToStatus,
    string Detail,
    long Version);
