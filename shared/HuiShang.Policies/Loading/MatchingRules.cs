using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Loading;

/// <summary>XJ-4.2 shape: a positive match ratio, one split per category, shares in [0, 1] summing to 1.</summary>
internal static class MatchingRules
{
    public static void Check(Matching matching, string path, ProblemSink sink)
    {
        if (matching.LowerToUpperRatio <= 0)
        {
            sink.Add($"{path}.lowerToUpperRatio", $"must be positive, got {matching.LowerToUpperRatio}");
        }
        if (matching.ArrivalDeadlineDays is <= 0)
        {
            sink.Add($"{path}.arrivalDeadlineDays", $"must be positive when set, got {matching.ArrivalDeadlineDays}");
        }
        if (matching.Categories.Count == 0)
        {
            sink.Add($"{path}.categories", "at least one category is required");
        }
        var seen = new HashSet<int>();
        for (var i = 0; i < matching.Categories.Count; i++)
        {
            var split = matching.Categories[i];
            var at = $"{path}.categories[{i}]";
            if (!seen.Add(split.Category)) sink.Add($"{at}.category", $"category {split.Category} appears more than once");
            if (split.LowerLevelShare is < 0 or > 1) sink.Add($"{at}.lowerLevelShare", $"share must be within 0..1, got {split.LowerLevelShare}");
            if (split.DistrictShare is < 0 or > 1) sink.Add($"{at}.districtShare", $"share must be within 0..1, got {split.DistrictShare}");
            if (split.LowerLevelShare + split.DistrictShare != 1m)
            {
                sink.Add(at, $"shares {split.LowerLevelShare} + {split.DistrictShare} sum to {split.LowerLevelShare + split.DistrictShare}, not 1");
            }
        }
    }
}
