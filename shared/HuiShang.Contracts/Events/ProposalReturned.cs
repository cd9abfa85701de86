namespace HuiShang.Contracts.Events;

/// <summary>The coordinating division returned a submitted proposal to the city for revision.</summary>
public sealed record ProposalReturned(
    Guid ProposalId,
    string RegionCode,
    string JurisdictionCode,
    string Reason,
    DateTimeOffset ReturnedAt,
    string ReturnedBy);
