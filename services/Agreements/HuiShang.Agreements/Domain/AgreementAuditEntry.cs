using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Agreements.Domain;

/// <summary>One row of an agreement's append-only history, saved with the change it records.</summary>
public sealed class AgreementAuditEntry : IAuditTrailEntry
{
    private AgreementAuditEntry()
    {
    }

    public long Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Action { get; private set; } = "";

    public AgreementStatus? FromStatus { get; private set; }

    public AgreementStatus ToStatus { get; private set; }

    public int Version { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>As the gateway saw the caller; null when unknown (decision 012).</summary>
    public string? ClientAddress { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    AuditFields IAuditTrailEntry.Fields =>
        new(AgreementId, At, By, ClientAddress, Action, FromStatus?.ToString(), ToStatus.ToString(), Version, Detail);

    void IAuditTrailEntry.Seal(string? clientAddress, string previousHash, string hash)
    {
        ClientAddress = clientAddress;
        PreviousHash = previousHash;
        Hash = hash;
    }

    internal static AgreementAuditEntry Of(Agreement agreement, string action, AgreementStatus? from, string by, DateTimeOffset at, string? detail) => new()
    {
        AgreementId = agreement.Id,
        At = at,
        By = by,
        Action = action,
        FromStatus = from,
        ToStatus = agreement.Status,
        Version = agreement.CurrentVersion,
        Detail = detail,
    };
}
