namespace HuiShang.ServiceDefaults.Problems;

/// <summary>The request's fields are wrong (problem type validation, 400), with the API field paths.</summary>
public sealed class DomainValidationException(string detail, IReadOnlyList<KeyValuePair<string, string>> fieldErrors) : Exception(detail)
{
    public IReadOnlyList<KeyValuePair<string, string>> FieldErrors { get; } = fieldErrors;

    public static DomainValidationException For(string field, string message) => new("The request has invalid fields.", [new(field, message)]);
}
