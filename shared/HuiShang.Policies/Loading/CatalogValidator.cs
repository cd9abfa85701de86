namespace HuiShang.Policies.Loading;

/// <summary>Across files: one profile per jurisdiction and per profile id, or InForce would be ambiguous.</summary>
internal static class CatalogValidator
{
    public static void Validate(IReadOnlyList<(string File, PolicyProfile Profile)> loaded, List<PolicyProblem> problems)
    {
        Duplicates(loaded, p => p.Jurisdiction, "$.jurisdiction", "jurisdiction", problems);
        Duplicates(loaded, p => p.Profile, "$.profile", "profile", problems);
    }

    private static void Duplicates(
        IReadOnlyList<(string File, PolicyProfile Profile)> loaded,
        Func<PolicyProfile, string> key,
        string path,
        string what,
        List<PolicyProblem> problems)
    {
        foreach (var group in loaded.GroupBy(l => key(l.Profile)).Where(g => g.Count() > 1))
        {
            var files = group.Select(g => g.File).ToList();
            foreach (var file in files)
            {
                var others = string.Join(", ", files.Where(f => f != file));
                problems.Add(new PolicyProblem(file, path, $"{what} {group.Key} is also defined in {others}"));
            }
        }
    }
}
