using System.Globalization;
using HuiShang.Funding.Domain;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Grpc;

/// <summary>Validation failures keyed by the API's camelCase field path, and the parsers of the protos' text fields.</summary>
internal sealed class FieldErrors : List<KeyValuePair<string, string>>
{
    public void Add(string field, string message) => Add(new KeyValuePair<string, string>(field, message));

    public void ThrowIfAny(string detail)
    {
        if (Count > 0)
        {
            throw new DomainValidationException(detail, this);
        }
    }

    public string? Required(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            Add(field, "Required.");
            return null;
        }

        return Optional(field, trimmed, maxLength);
    }

    public string? Optional(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
            return null;
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    public Guid? Id(string field, string value)
    {
        if (Required(field, value, 64) is not { } text)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        Add(field, "An id such as 0190f3a2-6b1c-7def-8abc-0123456789ab.");
        return null;
    }

    public decimal? Money(string field, string value)
    {
        if (Required(field, value, 32) is not { } text)
        {
            return null;
        }

        var amount = Domain.Money.Parse(text, out var problem);
        if (problem is not null)
        {
            Add(field, problem);
        }

        return amount;
    }

    /// <summary>A calendar date that has happened: blank is <paramref name="today"/>, the future is refused.</summary>
    public DateOnly? PastDate(string field, string value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return today;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(field, "A date as yyyy-MM-dd.");
            return null;
        }

        if (date > today)
        {
            Add(field, $"Not in the future (today is {today:yyyy-MM-dd}).");
            return null;
        }

        return date;
    }

    public string? OneOf(string field, string value, IEnumerable<string> allowed, string? blank = null)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 && blank is not null)
        {
            return blank;
        }

        if (allowed.Contains(trimmed, StringComparer.Ordinal))
        {
            return trimmed;
        }

        Add(field, $"One of {string.Join(", ", allowed)}.");
        return null;
    }
}
