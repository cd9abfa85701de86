using HuiShang.Contracts.Common.V1;

namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// A request's validation failures keyed by the API's camelCase field path (topics[0].title), with the
/// checks the gateway (shape) and every service (meaning) share. Service-specific parsers are
/// extension methods in the services. One type for both sides: the messages are in <see cref="FieldMessages"/>.
/// </summary>
public class FieldErrors : List<KeyValuePair<string, string>>
{
    public bool Any => Count > 0;

    public void Add(string field, string message) => Add(new KeyValuePair<string, string>(field, message));

    /// <summary>Shape: the field is present (not null, not blank).</summary>
    public bool Present(string field, object? value)
    {
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
        {
            Add(field, FieldMessages.Required);
            return false;
        }

        return true;
    }

    /// <summary>The trimmed text, or null when blank; too long is reported but the text is still returned.</summary>
    public string? Required(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            Add(field, FieldMessages.Required);
            return null;
        }

        return Optional(field, trimmed, maxLength) ?? trimmed;
    }

    /// <summary>The trimmed text, or null when blank; too long or unsafe characters are reported, the text is still returned.</summary>
    public string? Optional(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, FieldMessages.AtMost(maxLength));
        }

        // Issue 12 (3): checked here so every text field of every service refuses the same characters on either database.
        if (UnsafeText.Contains(trimmed))
        {
            Add(field, FieldMessages.UnsafeCharacters);
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

        Add(field, FieldMessages.Id);
        return null;
    }

    /// <summary>A calendar date from the wire; unset is null (reported when required), an impossible date is refused.</summary>
    public DateOnly? Date(string field, Date? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, FieldMessages.Required);
            }

            return null;
        }

        if (value.TryToDateOnly(out var date))
        {
            return date;
        }

        Add(field, FieldMessages.Date);
        return null;
    }

    /// <summary>Yuan to the fen from the wire; unset is null. Ranges are the service's to check.</summary>
    public decimal? Yuan(string field, Money? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!value.IsWellFormed)
        {
            Add(field, FieldMessages.Amount);
            return null;
        }

        if (!value.IsWholeFen)
        {
            Add(field, FieldMessages.Fen);
            return null;
        }

        return decimal.Round(value.ToYuan(), 2);
    }

    public void ThrowIfAny(string detail)
    {
        if (Count > 0)
        {
            throw new DomainValidationException(detail, this);
        }
    }

    /// <summary>The problem details' <c>errors</c> member: messages grouped per field, in order.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        this.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal);
}
