using System.Globalization;

namespace HuiShang.Funding.Domain;

/// <summary>Yuan as the API writes it: decimal text with at most two decimals (fen), never binary floating point.</summary>
public static class Money
{
    public static string Text(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>With thousands separators, for sentences shown to people ("20,000,000.00").</summary>
    public static string Words(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Ratio(decimal ratio) => ratio.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Why an amount (already fen-exact) is outside what funding accepts: positive, at most 100 billion.</summary>
    public static string? RangeProblem(decimal amount) => amount switch
    {
        <= 0 => "Must be more than 0.",
        > FundingLimits.MaximumAmount => $"At most {Words(FundingLimits.MaximumAmount)} yuan.",
        _ => null,
    };
}
