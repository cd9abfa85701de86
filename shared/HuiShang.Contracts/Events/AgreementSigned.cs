namespace HuiShang.Contracts.Events;

/// <summary>
/// Both the director and the city's principal leader signed the approved version (GX-17(三)4,
/// HB-16(四)). Funding opens the envelope from it (GX-18 cap by tier); Evaluation tracks the items.
/// Tier is "Key", "General" or "Extra"; Year is the round's year; ExpiresOn from the profile (HB-15).
/// </summary>
public sealed record AgreementSigned(
    Guid AgreementId,
    Guid ProposalId,
    string Kind,
    Guid? FrameworkId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    int Version,
    IReadOnlyList<AgreedItemTerms> Items,
    DateOnly SignedOn,
    DateOnly? ExpiresOn,
    string ProvinceSignedBy,
    string CitySignedBy,
    string PolicyVersion,
    DateTimeOffset SignedAt);

/// <summary>An agreed item (议定事项, GX-18/GX-19): who carries it out and by when.</summary>
public sealed record AgreedItemTerms(
    string Title,
    string Field,
    string OwnerSide,
    string LeadUnit,
    IReadOnlyList<string> CoUnits,
    string ResponsiblePerson,
    DateOnly? DueOn);
