using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Domain;

namespace HuiShang.Evaluation.Consumers;

/// <summary>
/// What an AgreementSigned must carry for a plan to be opened from it, checked against the obligations'
/// columns, so a malformed event is rejected by name to the error queue instead of failing an INSERT on every retry.
/// </summary>
internal static class AgreementSignedContract
{
    public static string? Violation(AgreementSigned message) => message switch
    {
        { AgreementId: var id } when id == Guid.Empty => "AgreementId is empty.",
        { RegionCode: var r } when string.IsNullOrWhiteSpace(r) || r.Length > TrackingLimits.RegionCode => "RegionCode is missing or too long.",
        { JurisdictionCode: var j } when string.IsNullOrWhiteSpace(j) || j.Length > TrackingLimits.RegionCode => "JurisdictionCode is missing or too long.",
        { Tier: var t } when t is null || t.Length > 32 => "Tier is missing or too long.",
        { SignedOn: var on } when on == default => "SignedOn is missing.",
        { Items: null } => "Items is missing.",
        _ => message.Items.Select((item, index) => Item(item) is { } reason ? $"Items[{index}]: {reason}" : null).FirstOrDefault(r => r is not null),
    };

    private static string? Item(AgreedItemTerms? item) => item switch
    {
        null => "the item is missing.",
        { Title: var t } when string.IsNullOrWhiteSpace(t) || t.Length > TrackingLimits.LongText => "Title is missing or too long.",
        { OwnerSide: var s } when s is not (Sides.City or Sides.Province) => "OwnerSide is neither city nor province.",
        { Field: { Length: > TrackingLimits.Code } } => "Field is too long.",
        { LeadUnit: { Length: > TrackingLimits.ShortText } } => "LeadUnit is too long.",
        { ResponsiblePerson: { Length: > TrackingLimits.ShortText } } => "ResponsiblePerson is too long.",
        _ => null,
    };
}
