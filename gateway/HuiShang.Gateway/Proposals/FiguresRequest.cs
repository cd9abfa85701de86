using System.ComponentModel;

namespace HuiShang.Gateway.Proposals;

/// <summary>HB-11..13 eligibility figures, in percent (2.35 = 2.35 %). Growth rates may be negative.</summary>
public sealed record FiguresRequest
{
    [Description("R&D spending as a share of GDP this year, in percent.")]
    public decimal? RdGdpRatio { get; init; }

    [Description("R&D spending as a share of GDP last year, in percent.")]
    public decimal? RdGdpRatioPrevious { get; init; }

    [Description("Growth of the city's fiscal S&T spending, in percent.")]
    public decimal? FiscalStSpendingGrowth { get; init; }

    [Description("Growth of the city's regular fiscal revenue, in percent.")]
    public decimal? RegularRevenueGrowth { get; init; }
}
