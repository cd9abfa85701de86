namespace HuiShang.Policies.Tests;

/// <summary>Small valid profile documents that tests then break in one place.</summary>
internal static class ProfileJson
{
    public const string LeadTime = """{ "ruleId": "TT-13", "minimumMonths": 2 }""";

    public static string Version(string from, string? to, string sections = "") =>
        $$"""{ "effectiveFrom": "{{from}}", "effectiveTo": {{(to is null ? "null" : $"\"{to}\"")}}{{(sections.Length > 0 ? ", " + sections : "")}} }""";

    public static string Profile(string profile, string jurisdiction, params string[] versions) => $$"""
        {
          "profile": "{{profile}}",
          "jurisdiction": "{{jurisdiction}}",
          "name": "test {{profile}}",
          "mechanism": "厅市会商",
          "rulePrefix": "TT",
          "source": { "seedFile": "none", "title": "test", "articles": ["TT-1"] },
          "versions": [ {{string.Join(", ", versions)}} ]
        }
        """;

    public static string WithSections(string profile, string sections) =>
        Profile(profile, "990000", Version("2020-01-01", null, sections));
}
