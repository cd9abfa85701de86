namespace HuiShang.Gateway.Agreements;

/// <summary>
/// A review of a version: kind director (GX-16) or city (HB-16), decision approve | return | object,
/// and the version that addressed a return or objection (null while open).
/// </summary>
public sealed record ReviewResponse(
    string Id,
    string Kind,
    int Version,
    string Decision,
    IReadOnlyList<string> Reasons,
    string? By,
    DateTimeOffset? At,
    int? AddressedByVersion,
    string? RuleId);
