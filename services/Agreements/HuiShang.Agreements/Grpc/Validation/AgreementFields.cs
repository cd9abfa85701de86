using System.Globalization;
using HuiShang.Agreements.Domain;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>The agreement protos' lists of short texts and local times (protobuf has no date-time in a time zone).</summary>
internal static class AgreementFields
{
    // China has kept UTC+8 without daylight saving since 1991 (as PolicyCalendar relies on).
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    /// <summary>A list of short texts: each non-blank and within length, at most <see cref="AgreementLimits.MaxListEntries"/>.</summary>
    public static List<string> List(this FieldErrors errors, string field, IReadOnlyList<string> values, int maxLength = AgreementLimits.ShortText)
    {
        if (values.Count > AgreementLimits.MaxListEntries)
        {
            errors.Add(field, FieldMessages.AtMostEntries(AgreementLimits.MaxListEntries));
        }

        return values.Select((v, i) => errors.Required($"{field}[{i}]", v, maxLength) ?? "").ToList();
    }

    /// <summary>
    /// A local time in the jurisdiction, "yyyy-MM-ddTHH:mm", as a UTC instant, on a day in
    /// [<paramref name="earliest"/>, <paramref name="latest"/>].
    /// </summary>
    public static DateTimeOffset? LocalTime(this FieldErrors errors, string field, string value, DateOnly earliest, DateOnly latest)
    {
        if (!DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            errors.Add(field, string.IsNullOrWhiteSpace(value) ? FieldMessages.Required : "A local time as yyyy-MM-ddTHH:mm.");
            return null;
        }

        var day = DateOnly.FromDateTime(local);
        // The range also keeps the +08:00 conversion inside DateTimeOffset's range (0001-01-01T00:00 would throw).
        if (day < earliest || day > latest || local < DateTime.MinValue + Shanghai)
        {
            errors.Add(field, $"A time between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
            return null;
        }

        return new DateTimeOffset(local, Shanghai).ToUniversalTime();
    }

    public static string Local(DateTimeOffset instant) =>
        instant.ToOffset(Shanghai).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
