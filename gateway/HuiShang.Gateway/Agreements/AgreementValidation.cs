using System.Globalization;
using System.Text.RegularExpressions;

namespace HuiShang.Gateway.Agreements;

/// <summary>The shape checks agreement requests share: lengths, list entries, codes, version numbers.</summary>
internal static partial class AgreementValidation
{
    public const string MeetingTimeFormat = "yyyy-MM-dd'T'HH:mm";

    public static void Text(this FieldErrors errors, string field, string? value, int maxLength, bool required = false)
    {
        if (required)
        {
            errors.Required(field, value);
        }

        if (value is { Length: var length } && length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
        }
    }

    /// <summary>A list of texts: each entry present and within <paramref name="maxLength"/>; <paramref name="required"/>: at least one.</summary>
    public static void Texts(this FieldErrors errors, string field, IReadOnlyList<string?>? values, int maxLength, bool required = false)
    {
        if (values is null or { Count: 0 })
        {
            if (required)
            {
                errors.Add(field, "At least one entry is required.");
            }

            return;
        }

        if (values.Count > AgreementLimits.ListEntries)
        {
            errors.Add(field, $"At most {AgreementLimits.ListEntries} entries.");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            errors.Text($"{field}[{i}]", values[i], maxLength, required: true);
        }
    }

    /// <summary>A division code as in the division claim, e.g. "high-tech".</summary>
    public static void Codes(this FieldErrors errors, string field, IReadOnlyList<string?>? values)
    {
        errors.Texts(field, values, AgreementLimits.Code, required: true);
        if (values is null || values.Count > AgreementLimits.ListEntries)
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { Length: > 0 and <= AgreementLimits.Code } code && !CodePattern().IsMatch(code))
            {
                errors.Add($"{field}[{i}]", "A division code such as high-tech (lower-case letters, digits, '-').");
            }
        }

        if (values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors.Add(field, "Each entry at most once.");
        }
    }

    /// <summary>The version the caller read; omitted means the current one.</summary>
    public static void Version(this FieldErrors errors, string field, int? version)
    {
        if (version is < 1)
        {
            errors.Add(field, "A version number (1 or more); omit it for the current version.");
        }
    }

    public static void Id(this FieldErrors errors, string field, Guid? id, bool required)
    {
        if (id == Guid.Empty || (required && id is null))
        {
            errors.Add(field, "Required: an id (GUID).");
        }
    }

    public static void OneOf(this FieldErrors errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"Required: one of {string.Join(", ", allowed)}.");
        }
        else if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(field, $"One of {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>A local meeting time, minutes precision: "2026-06-18T09:30".</summary>
    public static void MeetingTime(this FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required: local time as yyyy-MM-ddTHH:mm.");
        }
        else if (!DateTime.TryParseExact(value, MeetingTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(field, "Local time as yyyy-MM-ddTHH:mm, e.g. 2026-06-18T09:30.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
