namespace HuiShang.Contracts.Events;

/// <summary>A joint project was registered under a signed agreement (XJ-3, XJ-4.1); amounts in yuan.</summary>
public sealed record ProjectRegistered(
    Guid ProjectId,
    Guid AgreementId,
    string RegionCode,
    string? DistrictCode,
    string JurisdictionCode,
    string Title,
    string Field,
    string Mode,
    decimal UpperSupport,
    DateTimeOffset RegisteredAt);
