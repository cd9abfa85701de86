namespace HuiShang.Contracts.Events;

/// <summary>
/// A proposal was selected for a consultation round (GX-10): Agreements starts drafting from it.
/// Tier is "Key", "General" or "Extra" (an extra consultation outside the round cycle).
/// </summary>
public sealed record ProposalSelected(
    Guid ProposalId,
    Guid CallId,
    int Year,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    bool IsThemeCity,
    string? ExtraReason,
    IReadOnlyList<SelectedTopic> Topics,
    string PolicyVersion,
    DateTimeOffset SelectedAt,
    string SelectedBy);

/// <summary>A topic of a selected proposal: the agreement's items start from these.</summary>
public sealed record SelectedTopic(string Title, string Category, string Field, decimal RequestedSupport);
