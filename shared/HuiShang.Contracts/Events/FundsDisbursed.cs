namespace HuiShang.Contracts.Events;

/// <summary>Funds of one source ("upper", "city-level", "district") arrived (到位) or were spent.</summary>
public sealed record FundsDisbursed(
    Guid ProjectId,
    Guid DisbursementId,
    string RegionCode,
    string? DistrictCode,
    string JurisdictionCode,
    string Source,
    string Kind,
    decimal Amount,
    DateOnly On);
