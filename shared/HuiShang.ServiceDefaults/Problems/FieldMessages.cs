namespace HuiShang.ServiceDefaults.Problems;

/// <summary>
/// The texts of field errors that the gateway and the services both report, written once so that a
/// client sees the same words whichever side refused the field.
/// </summary>
public static class FieldMessages
{
    public const string Required = "Required.";

    public const string RequiredMayBeEmpty = "Required (may be empty).";

    public const string Id = "An id such as 0190f3a2-6b1c-7def-8abc-0123456789ab.";

    public const string Date = "A calendar date such as 2027-03-31.";

    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    public const string Year = "A year from 2000 to 2100.";

    public const string NotNegative = "Must not be negative.";

    public const string Fen = "At most two decimals (fen).";

    public const string UnsafeCharacters = "Control characters and text-direction overrides are not allowed.";

    public const string Amount = "An amount in yuan such as 1500000.00.";

    public static string AtMost(int maxLength) => $"At most {maxLength} characters.";

    public static string AtMostEntries(int maxEntries) => $"At most {maxEntries} entries.";

    public static string OneOf(IEnumerable<string> allowed) => $"One of {string.Join(", ", allowed)}.";
}
