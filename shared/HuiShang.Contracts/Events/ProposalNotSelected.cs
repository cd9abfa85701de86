namespace HuiShang.Contracts.Events;

/// <summary>A submitted proposal of a call was not selected; the decision closes it.</summary>
public sealed record ProposalNotSelected(
    Guid ProposalId,
    Guid CallId,
    string RegionCode,
    string JurisdictionCode,
    string Reason,
    DateTimeOffset DecidedAt,
    string DecidedBy);
