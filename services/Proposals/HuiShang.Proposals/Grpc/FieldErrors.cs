namespace HuiShang.Proposals.Grpc;

/// <summary>Validation failures keyed by the API's camelCase field path (topics[0].title).</summary>
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
}
