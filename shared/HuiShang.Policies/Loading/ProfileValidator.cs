using System.Text.RegularExpressions;

namespace HuiShang.Policies.Loading;

/// <summary>Checks of one profile that JSON typing cannot express: ids, effective ranges, rule ids.</summary>
internal static partial class ProfileValidator
{
    public static void Validate(string fileName, PolicyProfile profile, ProblemSink sink)
    {
        var expected = Path.GetFileNameWithoutExtension(fileName);
        if (profile.Profile != expected)
        {
            sink.Add("$.profile", $"profile '{profile.Profile}' must equal the file name '{expected}'");
        }
        if (!SixDigits().IsMatch(profile.Jurisdiction))
        {
            sink.Add("$.jurisdiction", $"'{profile.Jurisdiction}' is not a 6-digit GB/T 2260 code");
        }
        if (!UpperLetters().IsMatch(profile.RulePrefix))
        {
            sink.Add("$.rulePrefix", $"'{profile.RulePrefix}' must be upper-case letters, e.g. GX");
        }
        if (profile.Versions.Count == 0)
        {
            sink.Add("$.versions", "at least one version is required");
        }
        for (var i = 0; i < profile.Versions.Count; i++)
        {
            var version = profile.Versions[i];
            var path = $"$.versions[{i}]";
            if (version.EffectiveTo < version.EffectiveFrom)
            {
                sink.Add($"{path}.effectiveTo", $"effectiveTo {version.EffectiveTo:yyyy-MM-dd} is before effectiveFrom {version.EffectiveFrom:yyyy-MM-dd}");
            }
            SectionValidator.Validate(version, path, profile.RulePrefix, sink);
        }
        ReportOverlaps(profile.Versions, sink);
    }

    // One date must resolve to one version, or InForce would be ambiguous.
    private static void ReportOverlaps(IReadOnlyList<PolicyVersion> versions, ProblemSink sink)
    {
        for (var j = 1; j < versions.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (versions[i], versions[j]);
                if (a.EffectiveTo < a.EffectiveFrom || b.EffectiveTo < b.EffectiveFrom)
                {
                    continue; // already reported as inverted
                }
                if (a.EffectiveFrom <= (b.EffectiveTo ?? DateOnly.MaxValue) && b.EffectiveFrom <= (a.EffectiveTo ?? DateOnly.MaxValue))
                {
                    sink.Add($"$.versions[{j}]", $"effective range {Range(b)} overlaps versions[{i}] ({Range(a)})");
                }
            }
        }
    }

    private static string Range(PolicyVersion v) => $"{v.EffectiveFrom:yyyy-MM-dd}..{v.EffectiveTo?.ToString("yyyy-MM-dd") ?? "open"}";

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^[A-Z]+$")]
    private static partial Regex UpperLetters();
}
