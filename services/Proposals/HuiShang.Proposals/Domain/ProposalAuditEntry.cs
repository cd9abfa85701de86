namespace HuiShang.Proposals.Domain;

/// <summary>One row of a proposal's append-only history, saved with the state change it records.</summary>
public sealed class ProposalAuditEntry
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
