using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Events;

namespace HuiShang.Agreements.Consumers;

/// <summary>What a ProposalSelected must carry for an agreement to be opened from it.</summary>
internal static class ProposalSelectedContract
{
    public static string? Violation(ProposalSelected message) => message switch
    {
        { ProposalId: var id } when id == Guid.Empty => "ProposalId is empty.",
        { RegionCode: var r } when string.IsNullOrWhiteSpace(r) || r.Length > AgreementLimits.RegionCode => "RegionCode is missing or too long.",
        { JurisdictionCode: var j } when string.IsNullOrWhiteSpace(j) || j.Length > AgreementLimits.RegionCode => "JurisdictionCode is missing or too long.",
        { Tier: var t } when string.IsNullOrWhiteSpace(t) || t.Length > 32 => "Tier is missing or too long.",
        { Topics: null } => "Topics are missing.",
        { Topics: var topics } when topics.Count > AgreementLimits.MaxItems => "Too many topics.",
        { Topics: var topics } when topics.Any(t => t is null || string.IsNullOrWhiteSpace(t.Title) || t.Title.Trim().Length > AgreementLimits.Title
            || t.Field is null || t.Field.Length > AgreementLimits.Code) => "A topic has no title, or a title or field that is too long.",
        // Version 1's items are told apart by title (VersionValidator refuses two items with one title).
        { Topics: var topics } when topics.GroupBy(t => t.Title.Trim(), StringComparer.Ordinal).Any(g => g.Count() > 1) => "Two topics have the same title.",
        { SelectedAt: var at } when at == default => "SelectedAt is missing.",
        _ => null,
    };
}
