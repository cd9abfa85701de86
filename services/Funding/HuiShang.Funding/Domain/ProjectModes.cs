using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Domain;

/// <summary>The API's words for the funding and acceptance modes of GY-9 (and the profile's enum values).</summary>
public static class ProjectModes
{
    private static readonly Dictionary<string, FundingMode> Funding = new(StringComparer.Ordinal)
    {
        ["open-call"] = FundingMode.OpenCall,
        ["directed"] = FundingMode.Directed,
        ["lump-sum"] = FundingMode.LumpSum,
    };

    private static readonly Dictionary<string, AcceptanceMode> Acceptance = new(StringComparer.Ordinal)
    {
        ["standard"] = AcceptanceMode.Standard,
        ["review"] = AcceptanceMode.Review,
        ["self"] = AcceptanceMode.Self,
    };

    public static IEnumerable<string> FundingNames => Funding.Keys;

    public static IEnumerable<string> AcceptanceNames => Acceptance.Keys;

    public static FundingMode? ParseFunding(string value) => Funding.TryGetValue(value.Trim(), out var mode) ? mode : null;

    public static AcceptanceMode? ParseAcceptance(string value) => Acceptance.TryGetValue(value.Trim(), out var mode) ? mode : null;

    public static string Name(FundingMode mode) => Funding.First(p => p.Value == mode).Key;

    public static string Name(AcceptanceMode mode) => Acceptance.First(p => p.Value == mode).Key;
}
