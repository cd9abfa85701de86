using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Proposals.Domain;

/// <summary>One row of a proposal's append-only history, saved with the state change it records.</summary>
public sealed class ProposalAuditEntry : IAuditTrailEntry
{
    private ProposalAuditEntry()
    {
    }

    public long Id { get; private set; }

    public Guid ProposalId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Action { get; private set; } = "";

    public ProposalStatus? FromStatus { get; private set; }

    public ProposalStatus ToStatus { get; private set; }

    public long Version { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>As the gateway saw the caller; null when unknown (decision 012).</summary>
    public string? ClientAddress { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    AuditFields IAuditTrailEntry.Fields =>
        new(ProposalId, At, By, ClientAddress, Action, FromStatus?.ToString(), ToStatus.ToString(), Version, Detail);

    void IAuditTrailEntry.Seal(string? clientAddress, string previousHash, string hash)
    {
        ClientAddress = clientAddress;
        PreviousHash = previousHash;
        Hash = hash;
    }

    public static ProposalAuditEntry Of(Proposal proposal, string action, ProposalStatus? from, string by, DateTimeOffset at, string? detail = null) => new()
    {
        ProposalId = proposal.Id,
        At = at,
        By = by,
        Action = action,
        FromStatus = from,
        ToStatus = proposal.Status,
        Version = proposal.Version,
        Detail = detail,
    };
}
