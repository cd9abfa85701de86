namespace HuiShang.Agreements.Domain;

/// <summary>What a selected proposal opens: the agreement's identity, its copied approval chain and version 1.</summary>
public sealed record AgreementOpening(
    Guid ProposalId,
    string Kind,
    Guid? FrameworkId,
    bool IncludesFirstWorkMeeting,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    string Title,
    IReadOnlyList<AgreementStep> Steps,
    int? RoundYears,
    string PolicyVersion,
    VersionDraft FirstVersion);
