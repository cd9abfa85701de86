using System.Globalization;

namespace HuiShang.Funding.Domain;

/// <summary>Yuan as the API writes it: decimal text with at most two decimals (fen), never binary floating point.</summary>
public static class Money
{
    public static string Text(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>With thousands separators, for sentences shown to people ("20,000,000.00").</summary>
    public static string Words(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Ratio(decimal ratio) => ratio.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Null with the reason when the text is not an amount the API accepts: positive, fen precision, at most 100 billion.</summary>
    public static decimal? Parse(string value, out string? problem)
    {
        problem = null;
        if (!decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            problem = "An amount in yuan such as 3000000.00.";
            return null;
        }

        problem = amount switch
        {
            <= 0 => "Must be more than 0.",
            _ when amount.Scale > 2 => "More than 2 decimals: amounts are in yuan with at most 2 decimals (fen).",
            > FundingLimits.MaximumAmount => $"At most {Words(FundingLimits.MaximumAmount)} yuan.",
            _ => null,
        };
        return problem is null ? amount : null;
    }
}
