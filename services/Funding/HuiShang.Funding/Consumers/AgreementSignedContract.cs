using HuiShang.Contracts.Events;
using HuiShang.Funding.Domain;

namespace HuiShang.Funding.Consumers;

/// <summary>
/// What an AgreementSigned must carry for an envelope to be opened from it. Items are checked against the
/// envelope_items columns (EnvelopeConfiguration) so a malformed event is rejected by name to the error
/// queue instead of being retried into a NullReference or a failed INSERT.
/// </summary>
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
        _ => message.Items.Select((item, index) => ItemViolation(item) is { } reason ? $"Items[{index}]: {reason}" : null)
            .FirstOrDefault(reason => reason is not null),
    };

    /// <summary>Title and owner side identify the item (required by Agreements); the other texts may be empty, never null.</summary>
    private static string? ItemViolation(AgreedItemTerms? item) => item switch
    {
        null => "the item is missing.",
        { Title: var t } when string.IsNullOrWhiteSpace(t) || t.Length > FundingLimits.LongText => "Title is missing or too long.",
        { Field: var f } when f is null || f.Length > FundingLimits.Code => "Field is missing or too long.",
        { OwnerSide: var s } when string.IsNullOrWhiteSpace(s) || s.Length > FundingLimits.Code => "OwnerSide is missing or too long.",
        { LeadUnit: var l } when l is null || l.Length > FundingLimits.Text => "LeadUnit is missing or too long.",
        { ResponsiblePerson: var p } when p is null || p.Length > FundingLimits.Text => "ResponsiblePerson is missing or too long.",
        { CoUnits: var c } when c is not null && string.Join("; ", c).Length > FundingLimits.LongText => "CoUnits are too long together.",
        _ => null,
    };
}
