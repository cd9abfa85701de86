using System.Text.Json;

namespace HuiShang.Interop.Tests;

/// <summary>Runs tests/interop/proposals-client.js against a server and returns its JSON report.</summary>
internal static class ProposalsClientScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<JsonElement> RunAsync(Uri grpcAddress, string bureauToken, string planningToken)
    {
        await NpmInstall.EnsureAsync();
        var result = await Programs.RunAsync(
            "node", ["proposals-client.js", $"{grpcAddress.Host}:{grpcAddress.Port}"], RepoPaths.InteropDirectory, Timeout,
            new Dictionary<string, string?> { ["BUREAU_TOKEN"] = bureauToken, ["PLANNING_TOKEN"] = planningToken });
        Assert.True(result.ExitCode == 0, $"proposals-client.js failed: {Programs.Describe(result)}");
        using var report = JsonDocument.Parse(result.StandardOutput);
        return report.RootElement.Clone();
    }
}
