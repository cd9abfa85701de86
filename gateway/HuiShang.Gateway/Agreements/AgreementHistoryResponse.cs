namespace HuiShang.Gateway.Agreements;

/// <summary>The append-only audit of an agreement, oldest first: who, when, action, from → to, version.</summary>
public sealed record AgreementHistoryResponse(IReadOnlyList<AgreementAuditEntryResponse> Items);

public sealed record AgreementAuditEntryResponse(
    DateTimeOffset? At,
    string? By,
    string Action,
    string? FromStatus,
    string? ToStatus,
    int Version,
    string? Detail);
