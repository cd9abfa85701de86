using System.Text.Json;

namespace HuiShang.Policies.Loading;

/// <summary>
/// Reads one profile file. System.Text.Json stops at the first structural error of a file, so a
/// file yields either a profile or exactly one structural problem; semantic checks come after.
/// </summary>
internal static class PolicyFileReader
{
    public static PolicyProfile? Read(string path, List<PolicyProblem> problems)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            var profile = JsonSerializer.Deserialize<PolicyProfile>(stream, PolicyJson.Options);
            if (profile is null)
            {
                problems.Add(new PolicyProblem(file, "$", "the file holds null instead of a profile object"));
            }
            return profile;
        }
        catch (JsonException ex)
        {
            problems.Add(new PolicyProblem(file, ex.Path ?? "$", Reason(ex)));
            return null;
        }
    }

    // The message repeats the path and position at the end; keep the reason and a 1-based line.
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var reason = cut >= 0 ? message[..cut] : message;
        return ex.LineNumber is { } line ? $"{reason} (line {line + 1})" : reason;
    }
}
