namespace HuiShang.Gateway.Proposals;

/// <summary>HB-11..13 eligibility figures as the service stored them (null: not given).</summary>
public sealed record FiguresResponse(
    decimal? RdGdpRatio,
    decimal? RdGdpRatioPrevious,
    decimal? FiscalStSpendingGrowth,
    decimal? RegularRevenueGrowth);
