using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>Validation failures keyed by the API's camelCase field path (items[2].title).</summary>
internal sealed class FieldErrors : List<KeyValuePair<string, string>>
{
    public void Add(string field, string message) => Add(new KeyValuePair<string, string>(field, message));

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

    /// <summary>A list of short texts: each non-blank and within length, at most <see cref="Domain.AgreementLimits.MaxListEntries"/>.</summary>
    public List<string> List(string field, IReadOnlyList<string> values, int maxLength = Domain.AgreementLimits.ShortText)
    {
        if (values.Count > Domain.AgreementLimits.MaxListEntries)
        {
            Add(field, $"At most {Domain.AgreementLimits.MaxListEntries} entries.");
        }

        return values.Select((v, i) => Required($"{field}[{i}]", v, maxLength) ?? "").ToList();
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

    public void ThrowIfAny(string detail)
    {
        if (Count > 0)
        {
            throw new DomainValidationException(detail, this);
        }
    }
}
