namespace HuiShang.Proposals.Domain.Rules;

/// <summary>The coordinating division's choice for a call: one key, the general ones, extras with their reasons.</summary>
public sealed record SelectionRequest(Guid? Key, IReadOnlyList<Guid> General, IReadOnlyList<ExtraChoice> Extra)
{
    public IEnumerable<(Guid Id, SelectionTier Tier, string? Reason)> Choices =>
        (Key is { } key ? [(key, SelectionTier.Key, (string?)null)] : Array.Empty<(Guid, SelectionTier, string?)>())
            .Concat(General.Select(id => (id, SelectionTier.General, (string?)null)))
            .Concat(Extra.Select(e => (e.ProposalId, SelectionTier.Extra, (string?)e.Reason)));
}

public sealed record ExtraChoice(Guid ProposalId, string Reason);
