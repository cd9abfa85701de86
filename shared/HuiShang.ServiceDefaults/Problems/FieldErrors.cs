using System.Globalization;

namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// A request's validation failures keyed by the API's camelCase field path (topics[0].title), with the text-field
/// checks every service shares. Service-specific parsers are extension methods in the services.
/// </summary>
public class FieldErrors : List<KeyValuePair<string, string>>
{
    public void Add(string field, string message) => Add(new KeyValuePair<string, string>(field, message));

    /// <summary>The trimmed text, or null when blank; too long is reported but the text is still returned.</summary>
    public string? Required(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            Add(field, "Required.");
            return null;
        }

        return Optional(field, trimmed, maxLength) ?? trimmed;
    }

    public string? Optional(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    public Guid? OptionalId(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Guid.TryParse(value.Trim(), out var id))
        {
            return id;
        }

        Add(field, "Not a known id.");
        return null;
    }

    /// <summary>A calendar date as yyyy-MM-dd (protobuf has no date type); blank is null.</summary>
    public DateOnly? Date(string field, string value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Required.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, "A date as yyyy-MM-dd.");
        return null;
    }

    public void ThrowIfAny(string detail)
    {
        if (Count > 0)
        {
            throw new DomainValidationException(detail, this);
        }
    }
}
