using Microsoft.Extensions.Configuration;

namespace HuiShang.Policies;

/// <summary>Where the profiles are: Policies:Directory (a ConfigMap mount in Kubernetes), else the default.</summary>
public static class PolicyDirectory
{
    public const string ConfigKey = "Policies:Directory";

    public const string EnvironmentVariable = "Policies__Directory";

    public static string Resolve(IConfiguration configuration, string? baseDirectory = null)
    {
        var configured = configuration[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"Policy directory '{configured}' from {EnvironmentVariable} does not exist; set {EnvironmentVariable} to the folder holding the policy profiles (*.json).");
        }
        var start = baseDirectory ?? AppContext.BaseDirectory;
        return FindDefault(start)
            ?? throw new InvalidOperationException($"No policies folder found from '{start}' up to HuiShang.sln; set {EnvironmentVariable} to the folder holding the policy profiles (*.json).");
    }

    /// <summary>
    /// Walks up from the base directory (where the library copies policies/*.json for a published
    /// service) to the repository root (HuiShang.sln), taking the first policies folder found.
    /// </summary>
    public static string? FindDefault(string baseDirectory)
    {
        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "policies");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return null;
            }
        }
        return null;
    }
}
