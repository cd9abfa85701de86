namespace HuiShang.Funding.Domain;

/// <summary>The three sources of a joint project's money (domain.md §2.3) and the two kinds of movement.</summary>
public static class FundingSources
{
    public const string Upper = "upper";
    public const string CityLevel = "city-level";
    public const string District = "district";

    public const string Arrived = "arrived";
    public const string Spent = "spent";

    public static readonly IReadOnlyList<string> All = [Upper, CityLevel, District];

    public static readonly IReadOnlyList<string> Kinds = [Arrived, Spent];
}
