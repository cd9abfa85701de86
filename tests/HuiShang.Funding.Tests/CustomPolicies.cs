using System.Text.Json.Nodes;
using HuiShang.Policies;

namespace HuiShang.Funding.Tests;

/// <summary>
/// A temp copy of policies/*.json with changes for one test; the real files stay as they are.
/// </summary>
internal sealed class CustomPolicies : IDisposable
{
    private CustomPolicies(string path) => Path = path;

    public string Path { get; }

    public static CustomPolicies Create(Action<string, JsonObject> edit)
    {
        var source = PolicyDirectory.FindDefault(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No policies folder found.");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "huishang-funding-policies", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        foreach (var file in Directory.GetFiles(source, "*.json"))
        {
            var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            edit(System.IO.Path.GetFileNameWithoutExtension(file), json);
            File.WriteAllText(System.IO.Path.Combine(path, System.IO.Path.GetFileName(file)), json.ToJsonString());
        }

        return new CustomPolicies(path);
    }

    /// <summary>XJ with a second version from 2026-01-01: ratio 1.5, other splits, 60-day deadline.</summary>
    public static CustomPolicies WithXj2026() => Create((profile, json) =>
    {
        if (profile != "xj")
        {
            return;
        }

        json["versions"]!.AsArray().Add(JsonNode.Parse("""
            {
              "effectiveFrom": "2026-01-01",
              "effectiveTo": null,
              "intakeWindow": { "ruleId": "XJ-3.1", "kind": "perGuide" },
              "matching": {
                "ruleId": "XJ-4.2",
                "lowerToUpperRatio": 1.5,
                "priorityToHigherMatchRatio": true,
                "arrivalDeadlineDays": 60,
                "categories": [
                  { "category": 1, "lowerLevelShare": 0.2, "districtShare": 0.8 },
                  { "category": 2, "lowerLevelShare": 0.5, "districtShare": 0.5 },
                  { "category": 3, "lowerLevelShare": 0.8, "districtShare": 0.2 },
                  { "category": 4, "lowerLevelShare": 0.9, "districtShare": 0.1 }
                ]
              }
            }
            """));
    });

    /// <summary>GY-9 with fewer pilots: no lump sum, no self acceptance.</summary>
    public static CustomPolicies WithNarrowGy() => Create((profile, json) =>
    {
        if (profile == "gy")
        {
            json["versions"]![0]!["projectManagement"] = JsonNode.Parse("""
                { "ruleId": "GY-9", "fundingModes": ["openCall", "directed"], "acceptanceModes": ["standard", "review"] }
                """);
        }
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
