using System.Globalization;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>Text fields of the proto that carry dates and local times (protobuf has neither).</summary>
internal static class FieldParsers
{
    // China has kept UTC+8 without daylight saving since 1991 (as PolicyCalendar relies on).
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static DateOnly? Date(FieldErrors errors, string field, string value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Required.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "A date as yyyy-MM-dd.");
        return null;
    }

    /// <summary>A local time in the jurisdiction, "yyyy-MM-ddTHH:mm", as a UTC instant.</summary>
    public static DateTimeOffset? LocalTime(FieldErrors errors, string field, string value)
    {
        if (DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, Shanghai).ToUniversalTime();
        }

        errors.Add(field, string.IsNullOrWhiteSpace(value) ? "Required." : "A local time as yyyy-MM-ddTHH:mm.");
        return null;
    }

    public static string Local(DateTimeOffset instant) =>
        instant.ToOffset(Shanghai).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
