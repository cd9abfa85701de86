namespace HuiShang.Contracts.Events;

/// <summary>Final acceptance (结题验收, XJ-3.3 / GY-9): the project is finished.</summary>
public sealed record ProjectAccepted(
    Guid ProjectId,
    Guid AgreementId,
    string RegionCode,
    string? DistrictCode,
    string JurisdictionCode,
    string Field,
    string AcceptanceMode,
    DateOnly AcceptedOn);
