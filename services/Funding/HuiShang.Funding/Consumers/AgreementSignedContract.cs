using HuiShang.Contracts.Events;
using HuiShang.Funding.Domain;

namespace HuiShang.Funding.Consumers;

/// <summary>What an AgreementSigned must carry for an envelope to be opened from it.</summary>
internal static class AgreementSignedContract
{
    private static readonly string[] Tiers = ["Key", "General", "Extra"];

    public static string? Violation(AgreementSigned message) => message switch
    {
        { AgreementId: var id } when id == Guid.Empty => "AgreementId is empty.",
        { RegionCode: var r } when string.IsNullOrWhiteSpace(r) || r.Length > FundingLimits.RegionCode => "RegionCode is missing or too long.",
        { JurisdictionCode: var j } when string.IsNullOrWhiteSpace(j) || j.Length > FundingLimits.RegionCode => "JurisdictionCode is missing or too long.",
        { Tier: var t } when !Tiers.Contains(t, StringComparer.Ordinal) => "Tier is not one of Key, General, Extra.",
        { SignedOn: var on } when on == default => "SignedOn is missing.",
        { Items: null } => "Items is missing.",
        _ => null,
    };
}
