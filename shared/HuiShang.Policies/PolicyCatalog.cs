using HuiShang.Policies.Loading;

namespace HuiShang.Policies;

/// <summary>
/// All profiles of a deployment, keyed by the upper authority's jurisdiction code. Loading validates
/// everything and throws one <see cref="PolicyValidationException"/> with every problem.
/// </summary>
public sealed class PolicyCatalog
{
    private readonly Dictionary<string, PolicyProfile> _byJurisdiction;

    private PolicyCatalog(IEnumerable<PolicyProfile> profiles) =>
        _byJurisdiction = profiles.ToDictionary(p => p.Jurisdiction, StringComparer.Ordinal);

    public IReadOnlyCollection<PolicyProfile> Profiles => _byJurisdiction.Values;

    public static PolicyCatalog LoadDirectory(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"Policy directory '{path}' does not exist.");
        }
        var problems = new List<PolicyProblem>();
        var loaded = new List<(string File, PolicyProfile Profile)>();
        var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            problems.Add(new PolicyProblem(path, "$", "no *.json policy profiles in the directory"));
        }
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (PolicyFileReader.Read(file, problems) is { } profile)
            {
                ProfileValidator.Validate(name, profile, new ProblemSink(name, problems));
                loaded.Add((name, profile));
            }
        }
        CatalogValidator.Validate(loaded, problems);
        if (problems.Count > 0)
        {
            throw new PolicyValidationException(path, problems);
        }
        return new PolicyCatalog(loaded.Select(l => WithVersionIds(l.Profile)));
    }

    public PolicyProfile? Find(string jurisdiction) => _byJurisdiction.GetValueOrDefault(jurisdiction);

    /// <summary>The version in force on an Asia/Shanghai calendar date (inclusive range).</summary>
    public PolicyVersion InForce(string jurisdiction, DateOnly date)
    {
        var profile = Find(jurisdiction) ?? throw new NoPolicyInForceException(jurisdiction, date, "no policy profile for this jurisdiction");
        // XJ: the 2023 plan ends 2025-12-31; after that no version applies until a new source is encoded.
        return profile.Versions.SingleOrDefault(v => v.Covers(date))
            ?? throw new NoPolicyInForceException(jurisdiction, date,
                $"profile '{profile.Profile}' has versions only for {string.Join(", ", profile.Versions.Select(Range))}");
    }

    public PolicyVersion InForce(string jurisdiction, DateTimeOffset instant) => InForce(jurisdiction, PolicyCalendar.DateOf(instant));

    private static PolicyProfile WithVersionIds(PolicyProfile profile) => profile with
    {
        Versions = profile.Versions.Select(v => v with { Id = $"{profile.Profile}/{v.EffectiveFrom:yyyy-MM-dd}" }).ToList(),
    };

    private static string Range(PolicyVersion v) => $"{v.EffectiveFrom:yyyy-MM-dd}..{v.EffectiveTo?.ToString("yyyy-MM-dd") ?? "open"}";
}
