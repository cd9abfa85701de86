namespace HuiShang.Gateway.Http;

/// <summary>
/// The checks only the gateway can make: what a JSON body says that the protobuf wire cannot carry.
/// Everything else (required texts, lengths, choices, dates, amounts, duplicates) is the service's to
/// check, once, with the messages of <see cref="FieldMessages"/>; the gateway forwards and maps.
/// </summary>
public static class WireShape
{
    /// <summary>A null entry in a list (the wire has no null entries: dropping it would renumber the rest).</summary>
    public static void NoNullEntries<T>(this FieldErrors errors, string field, IReadOnlyList<T?>? values)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (values![i] is null)
            {
                errors.Add($"{field}[{i}]", FieldMessages.Required);
            }
        }
    }

    /// <summary>A version the caller read; on the wire 0 means "the current one", so 0 or less sent in JSON is refused here.</summary>
    public static void Version(this FieldErrors errors, string field, int? version)
    {
        if (version is < 1)
        {
            errors.Add(field, "A version number (1 or more); omit it for the current version.");
        }
    }
}
