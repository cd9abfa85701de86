using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Common.V1;

namespace HuiShang.Gateway.Upstream;

/// <summary>
/// JSON values ↔ the protos' common shapes (huishang.common.v1 dates and money, Timestamp instants)
/// and the decimal text of ratios and percentages. An unset field means "not set"; a value a
/// service should never send is a broken contract (502), not a client mistake.
/// </summary>
internal static class WireValues
{
    public static Date? Date(DateOnly? date) => Contracts.Common.V1.Date.From(date);

    public static Money? Money(decimal? amount) => Contracts.Common.V1.Money.FromYuan(amount);

    /// <summary>A decimal as invariant text, keeping the scale the caller sent ("2.35").</summary>
    public static string Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static decimal? ParseDecimal(string value, string field) =>
        value.Length == 0 ? null
        : decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : throw new UpstreamContractException($"'{field}' = '{value}' is not a decimal number.");

    public static DateOnly? ParseDate(Date? value, string field) =>
        value is null ? null
        : value.TryToDateOnly(out var date) ? date
        : throw new UpstreamContractException($"'{field}' = {value} is not a calendar date.");

    public static DateTimeOffset? ParseInstant(Timestamp? value, string field)
    {
        try
        {
            return value?.ToDateTimeOffset();
        }
        catch (InvalidOperationException)
        {
            throw new UpstreamContractException($"'{field}' = {value} is not a valid instant.");
        }
    }

    /// <summary>An amount that is always present in the reply (0 when the service left it unset).</summary>
    public static decimal ParseMoney(Money? value, string field) => OptionalMoney(value, field) ?? 0.00m;

    public static decimal? OptionalMoney(Money? value, string field) =>
        value is null ? null
        : value.IsWellFormed ? value.ToYuan()
        : throw new UpstreamContractException($"'{field}' = {value} is not an amount.");
}
