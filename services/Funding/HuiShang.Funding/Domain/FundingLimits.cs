namespace HuiShang.Funding.Domain;

/// <summary>Lengths and bounds shared by validation and the column definitions.</summary>
public static class FundingLimits
{
    public const int RegionCode = 12;
    public const int Title = 200;
    public const int Code = 64;
    public const int UserName = 128;
    public const int Text = 1000;
    public const int LongText = 4000;

    /// <summary>100 billion yuan: far above any cap, low enough that sums never leave decimal(18,2).</summary>
    public const decimal MaximumAmount = 100_000_000_000m;

    /// <summary>A matching ratio above this is a typing error, not an offer.</summary>
    public const decimal MaximumRatio = 100m;
}
