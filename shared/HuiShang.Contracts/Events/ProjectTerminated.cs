namespace HuiShang.Contracts.Events;

/// <summary>A project was terminated with a reason; its upper support leaves the envelope's committed sum.</summary>
public sealed record ProjectTerminated(
    Guid ProjectId,
    Guid AgreementId,
    string RegionCode,
    string? DistrictCode,
    string JurisdictionCode,
    string Field,
    string Reason,
    DateOnly TerminatedOn);
