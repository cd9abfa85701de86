namespace HuiShang.Proposals.Domain;

/// <summary>HB-11..13: the figures a city submits for the eligibility check; percent values, any may be missing.</summary>
public sealed record ProposalFigures(
    decimal? RdGdpRatio,
    decimal? RdGdpRatioPrevious,
    decimal? FiscalStSpendingGrowth,
    decimal? RegularRevenueGrowth)
{
    public static readonly ProposalFigures None = new(null, null, null, null);
}
