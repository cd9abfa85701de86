namespace HuiShang.Contracts.Events;

/// <summary>
/// Agreements opened a draft for a selected proposal (GX-14): kind "framework" or "work-meeting"
/// (HB-17), with the first version built from the proposal's topics.
/// </summary>
public sealed record AgreementDrafted(
    Guid AgreementId,
    Guid ProposalId,
    string Kind,
    Guid? FrameworkId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    DateTimeOffset DraftedAt);
