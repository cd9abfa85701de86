namespace HuiShang.Contracts.Events;

/// <summary>Every agreed item of a signed agreement was done by its owner and accepted by the coordinating division.</summary>
public sealed record AgreementFulfilled(
    Guid AgreementId,
    string RegionCode,
    string JurisdictionCode,
    int ItemCount,
    DateOnly FulfilledOn,
    DateTimeOffset FulfilledAt);
