using System.Text.Json;

namespace HuiShang.Grpc.InteropTests;

/// <summary>
/// What <c>tests/interop/client.js</c> printed: one JSON object, case name → <c>{ code, details, … }</c>
/// or <c>{ error }</c> when the case threw inside grpc-js.
/// </summary>
public sealed class ClientReport(JsonElement root)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    public static async Task<ClientReport> RunAsync(Uri serverAddress)
    {
        await NpmInstall.EnsureAsync();
        var target = $"{serverAddress.Host}:{serverAddress.Port}";
        var result = await ProcessRunner.RunAsync("node", ["client.js", target], RepoPaths.InteropDirectory, RunTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"client.js {target} failed: {result}");
        }

        try
        {
            using var document = JsonDocument.Parse(result.StandardOutput);
            return new ClientReport(document.RootElement.Clone());
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"client.js printed no JSON report ({ex.Message}): {result}");
        }
    }

    /// <summary>The result of one case; fails the test with grpc-js' error when the case threw.</summary>
    public JsonElement Case(string name)
    {
        Assert.True(root.TryGetProperty(name, out var result), $"client.js reported no case '{name}': {root}");
        Assert.False(result.TryGetProperty("error", out var error), $"case '{name}' threw in client.js: {error}");
        return result;
    }

    public override string ToString() => root.ToString();

    public int Code(string name) => Case(name).GetProperty("code").GetInt32();

    public string? Details(string name) => Case(name).GetProperty("details").GetString();
}
