namespace HuiShang.Contracts.Events;

// Integration events: past-tense records in a namespace that never changes (MassTransit routes by
// namespace + type name, so a copy elsewhere would silently stop delivery).

/// <summary>A lower party submitted its consultation proposal to the upper authority.</summary>
public sealed record ProposalSubmitted(
    Guid ProposalId,
    string RegionCode,
    string JurisdictionCode,
    string Title,
    int TopicCount,
    DateTimeOffset SubmittedAt,
    string SubmittedBy);
