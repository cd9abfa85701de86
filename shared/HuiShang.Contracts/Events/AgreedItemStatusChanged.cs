namespace HuiShang.Contracts.Events;

/// <summary>
/// An agreed item of a signed agreement changed state (published by Evaluation). Unfinished is true
/// until the coordinating division accepts it as completed; Proposals keeps it in its GX-21 read model
/// beside unfinished joint projects: no new topic in the item's field while it is unfinished.
/// </summary>
public sealed record AgreedItemStatusChanged(
    Guid ItemId,
    Guid AgreementId,
    string RegionCode,
    string Field,
    string Title,
    string Status,
    bool Unfinished,
    DateTimeOffset ChangedAt);
