namespace HuiShang.Deploy.Tests;

/// <summary>
/// Runs k8s/create-secrets.sh against a stand-in kubectl (no cluster here) that reports every object
/// missing and the operator's broker Secret present, and records what the script creates.
/// </summary>
public static class RunbookScript
{
    private const string FakeKubectl = """
        #!/usr/bin/env bash
        echo "$*" >> "$KUBECTL_LOG"
        case "$*" in
          *jsonpath*) printf 'c3R1Yg==' ;;   # the operator's Secret, base64 of "stub"
          *" get "*|get\ *) exit 1 ;;        # nothing else exists yet
        esac
        exit 0
        """;

    /// <summary>The names of the Secrets and ConfigMaps the script creates for <paramref name="overlay"/>, and its kubectl calls.</summary>
    public static async Task<(HashSet<string> Created, string[] Calls)> RunAsync(string overlay)
    {
        var directory = Directory.CreateTempSubdirectory("huishang-kubectl-");
        try
        {
            var kubectl = Path.Combine(directory.FullName, "kubectl");
            await File.WriteAllTextAsync(kubectl, FakeKubectl.Replace("\r", "", StringComparison.Ordinal) + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(kubectl, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            var log = Path.Combine(directory.FullName, "calls.log");
            var result = await CliWrap.Cli.Wrap("bash")
                .WithArguments([Path.Combine(Repository.K8s, "create-secrets.sh"), overlay])
                .WithEnvironmentVariables(env => env
                    .Set("PATH", $"{directory.FullName}:{Environment.GetEnvironmentVariable("PATH")}")
                    .Set("KUBECTL_LOG", log))
                .WithValidation(CliWrap.CommandResultValidation.None)
                .ExecuteAsync();
            Assert.Equal(0, result.ExitCode);
            var calls = await File.ReadAllLinesAsync(log);
            var created = calls
                .Select(c => c.Split(' '))
                .Where(words => words.Contains("create") && !words.Contains("namespace"))
                .Select(words => words[Array.IndexOf(words, "create") + (words[Array.IndexOf(words, "create") + 1] == "secret" ? 3 : 2)])
                .ToHashSet();
            return (created, calls);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
