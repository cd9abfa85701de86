namespace HuiShang.Contracts.Events;

/// <summary>A project was approved and its funding plan fixed (XJ-4.2) with the profile version in force on ApprovedOn.</summary>
public sealed record ProjectApproved(
    Guid ProjectId,
    Guid AgreementId,
    string RegionCode,
    string? DistrictCode,
    string JurisdictionCode,
    string Field,
    decimal UpperSupport,
    decimal CityMatch,
    decimal CityLevelShare,
    decimal DistrictShare,
    string PolicyVersion,
    DateOnly ApprovedOn);
