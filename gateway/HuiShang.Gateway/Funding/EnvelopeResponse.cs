namespace HuiShang.Gateway.Funding;

/// <summary>
/// The funds envelope of a signed agreement (GX-18). <c>cap</c> and <c>remaining</c> are null when
/// the profile sets no cap (<c>note</c> says why); <c>committed</c> sums the upper support of projects not terminated.
/// </summary>
public sealed record EnvelopeResponse(
    string AgreementId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    decimal? Cap,
    decimal Committed,
    decimal? Remaining,
    string CapRuleId,
    string PolicyVersion,
    int ProjectCount,
    DateOnly? SignedOn,
    string? Note);
