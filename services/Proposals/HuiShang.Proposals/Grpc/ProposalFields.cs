using System.Globalization;
using HuiShang.Contracts.Common.V1;

namespace HuiShang.Proposals.Grpc;

/// <summary>The proposal protos' money and percentage fields.</summary>
internal static class ProposalFields
{
    /// <summary>Requested support (required): yuan to the fen (the shared check), not negative, below a trillion.</summary>
    public static decimal? RequestedYuan(this FieldErrors errors, string field, Money? value)
    {
        if (value is null)
        {
            errors.Add(field, FieldMessages.Required);
            return null;
        }

        if (errors.Yuan(field, value) is not { } amount)
        {
            return null;
        }

        if (amount is < 0 or >= 1_000_000_000_000m)
        {
            errors.Add(field, amount < 0 ? FieldMessages.NotNegative : "Below 1,000,000,000,000 yuan.");
            return null;
        }

        return amount;
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

    /// <summary>A share that cannot fall below zero (R&amp;D spending as a share of GDP).</summary>
    public static decimal? Share(this FieldErrors errors, string field, string value)
    {
        var percent = errors.Percent(field, value);
        if (percent is < 0)
        {
            errors.Add(field, FieldMessages.NotNegative);
            return null;
        }

        return percent;
    }
}
