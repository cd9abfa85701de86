namespace HuiShang.Gateway.Funding;

/// <summary>
/// The fixed words of the funding contract (funding.proto) and the spellings the portal may use for
/// them: Chinese mode names (揭榜制 …) and any letter case map to the one wire value.
/// </summary>
internal static class FundingVocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Modes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["open-call"] = "open-call", ["揭榜制"] = "open-call", ["揭榜"] = "open-call",
        ["directed"] = "directed", ["定向制"] = "directed", ["定向"] = "directed",
        ["lump-sum"] = "lump-sum", ["包干制"] = "lump-sum", ["包干"] = "lump-sum",
    };

    public static readonly IReadOnlyList<string> Advances = ["Implementation", "MidTermCheck", "Accepted", "Terminated"];

    public static readonly IReadOnlyList<string> AcceptanceModes = ["standard", "review", "self"];

    public static readonly IReadOnlyList<string> Sources = ["upper", "city-level", "district"];

    public static readonly IReadOnlyList<string> Kinds = ["arrived", "spent"];

    /// <summary>The wire value of <paramref name="value"/> among <paramref name="words"/> (any case), or null.</summary>
    public static string? Match(IReadOnlyList<string> words, string? value) =>
        value is null ? null : words.FirstOrDefault(word => string.Equals(word, value.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string? Mode(string? value) => value is not null && Modes.TryGetValue(value.Trim(), out var mode) ? mode : null;
}
