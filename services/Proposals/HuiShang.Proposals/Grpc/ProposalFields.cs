using System.Globalization;

namespace HuiShang.Proposals.Grpc;

/// <summary>The proposal protos' money and percentage text fields (protobuf has no decimal).</summary>
internal static class ProposalFields
{
    /// <summary>Yuan with at most two decimals (fen), not negative; blank means "not stated".</summary>
    public static decimal? Yuan(this FieldErrors errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount.Scale <= 2 && amount < 1_000_000_000_000m)
        {
            return amount;
        }

        errors.Add(field, "An amount in yuan such as 1500000.00 (not negative, at most two decimals).");
        return null;
    }

    /// <summary>A percentage such as "2.35" or "-1.5" (growth may fall); blank means "not stated".</summary>
    public static decimal? Percent(this FieldErrors errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent)
            && percent.Scale <= 4 && Math.Abs(percent) < 100_000m)
        {
            return percent;
        }

        errors.Add(field, "A percentage such as 2.35 (at most four decimals).");
        return null;
    }
}
