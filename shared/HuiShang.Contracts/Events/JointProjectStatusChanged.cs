namespace HuiShang.Contracts.Events;

/// <summary>
/// A joint consultation project changed state (published by Funding/Evaluation). Unfinished is true
/// until the project is accepted (结题验收) or terminated; Proposals keeps its GX-21 read model of
/// unfinished projects per city and field from these events.
/// </summary>
public sealed record JointProjectStatusChanged(
    Guid ProjectId,
    string RegionCode,
    string Field,
    string Title,
    string Status,
    bool Unfinished,
    DateTimeOffset ChangedAt);
