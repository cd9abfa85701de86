using System.Globalization;

namespace HuiShang.Gateway.Upstream;

/// <summary>
/// The text encodings the protos use where protobuf has no type: dates yyyy-MM-dd, instants
/// ISO-8601 UTC, money as decimal text. Empty means "not set".
/// </summary>
internal static class WireValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static string Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A decimal as invariant text, keeping the scale the caller sent ("2.35").</summary>
    public static string Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static decimal? ParseDecimal(string value, string field) =>
        value.Length == 0 ? null
        : decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : throw new UpstreamContractException($"'{field}' = '{value}' is not a decimal number.");

    public static DateOnly? ParseDate(string value, string field) =>
        value.Length == 0 ? null
        : DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UpstreamContractException($"'{field}' = '{value}' is not a {DateFormat} date.");

    public static DateTimeOffset? ParseInstant(string value, string field) =>
        value.Length == 0 ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant.ToUniversalTime()
        : throw new UpstreamContractException($"'{field}' = '{value}' is not an ISO-8601 instant.");

    public static decimal ParseMoney(string value, string field) =>
        value.Length == 0 ? 0m
        : decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new UpstreamContractException($"'{field}' = '{value}' is not a decimal amount.");
}
