namespace HuiShang.Funding.Domain;

/// <summary>What an envelope takes from the signed agreement.</summary>
public sealed record EnvelopeTerms(
    Guid AgreementId,
    Guid ProposalId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    DateOnly SignedOn,
    IReadOnlyList<EnvelopeItem> Items);
