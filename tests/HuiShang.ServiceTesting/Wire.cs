using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Common.V1;

namespace HuiShang.ServiceTesting;

/// <summary>
/// The common wire shapes written and read as the text a test states them in: "2025-05-09",
/// "1500000.00", instants in UTC ISO-8601. Unset reads as "", like the JSON the gateway writes.
/// </summary>
public static class Wire
{
    /// <summary>A date as yyyy-MM-dd; "2026-13-01" gives the impossible date a careless client could send.</summary>
    public static Date Date(string text)
    {
        var parts = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new Date { Year = parts[0], Month = parts[1], Day = parts[2] };
    }

    public static Date? OptionalDate(string? text) => string.IsNullOrEmpty(text) ? null : Date(text);

    public static Timestamp Instant(string text) =>
        Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    /// <summary>"1500000.00"; or "units:nanos" as sent raw, e.g. "1:-500000000" (signs disagree: not an amount).</summary>
    public static Money Yuan(string text) => text.Split(':') is [var units, var nanos]
        ? new Money { Units = long.Parse(units, CultureInfo.InvariantCulture), Nanos = int.Parse(nanos, CultureInfo.InvariantCulture) }
        : Money.FromYuan(decimal.Parse(text, CultureInfo.InvariantCulture));

    public static string Text(this Date? date) => date is null ? "" : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";

    public static string Text(this Money? money) => money is null ? "" : money.ToYuan().ToString("0.00", CultureInfo.InvariantCulture);

    public static string Text(this Timestamp? instant) =>
        instant is null ? "" : instant.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
