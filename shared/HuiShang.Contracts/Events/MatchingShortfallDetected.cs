namespace HuiShang.Contracts.Events;

/// <summary>XJ-4.2/4.3: a matching source is behind its share past the profile's arrival deadline.</summary>
public sealed record MatchingShortfallDetected(
    Guid ProjectId,
    string RegionCode,
    string? DistrictCode,
    string JurisdictionCode,
    string Source,
    decimal Committed,
    decimal Arrived,
    DateOnly DueOn,
    string RuleId,
    DateTimeOffset DetectedAt);
