namespace HuiShang.Contracts.Events;

/// <summary>HB-15: a signed framework agreement expires on ExpiresOn; both sides decide on renewal.</summary>
public sealed record AgreementExpiring(
    Guid AgreementId,
    string RegionCode,
    string JurisdictionCode,
    DateOnly ExpiresOn,
    int DaysLeft,
    DateTimeOffset NoticedAt);
