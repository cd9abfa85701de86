namespace HuiShang.Deploy.Tests;

/// <summary>
/// Every overlay renders and every object validates offline: built-in kinds against the Kubernetes
/// OpenAPI schemas (k8s/validate: kubernetes-models) and, read strictly, against the client's models
/// (unknown fields refused, Overlay.Read); operator resources against their vendored CRD schemas.
/// </summary>
public sealed class SchemaTests
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task Every_object_of_the_overlay_validates_against_its_schema(string name)
    {
        var overlay = await Overlay.LoadAsync(name);

        var result = await ValidateAsync(overlay.Yaml);

        Assert.True(result.ExitCode == 0, result.Text);
        Assert.Contains($"{overlay.Objects.Count + overlay.Custom.Count} documents, 0 problems", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod", "  instances: 3\n", "  instances: 3\n  instancez: 3\n", "additional properties 'instancez'")]
    [InlineData("prod", "  replicas: 3\n  resources:\n", "  replicas: three\n  resources:\n", "RabbitmqCluster/huishang-rabbitmq: /spec/replicas must be integer")]
    [InlineData("dev", "        - containerPort: 5101\n", "        - containerPort: \"grpc\"\n", "containerPort must be integer")]
    [InlineData("dev", "kind: PodDisruptionBudget\n", "kind: PodDisruptionBudgett\n", "no schema for policy/v1 PodDisruptionBudgett")]
    public async Task The_validator_refuses_a_broken_object(string overlayName, string original, string broken, string expected)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        Assert.Contains(original, overlay.Yaml, StringComparison.Ordinal);

        var result = await ValidateAsync(ReplaceFirst(overlay.Yaml, original, broken));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_unknown_to_the_Kubernetes_schema_is_refused()
    {
        var overlay = await Overlay.LoadAsync("dev");
        var broken = ReplaceFirst(overlay.Yaml, "      terminationGracePeriodSeconds: 60\n", "      terminationGracePeriodSeconds: 60\n      terminationGraceSeconds: 60\n");

        var error = Assert.ThrowsAny<Exception>(() => Overlay.Read(broken));

        Assert.Contains("terminationGraceSeconds", error.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + original.Length)..];
    }

    /// <summary>node k8s/validate/validate.mjs on the YAML, after `npm ci` there once (CI starts on a fresh machine).</summary>
    private static async Task<ToolResult> ValidateAsync(string yaml)
    {
        var validator = Path.Combine(Repository.K8s, "validate");
        await Install.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(validator, "node_modules", "kubernetes-models")))
            {
                var install = await Tool.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], validator, TimeSpan.FromMinutes(10));
                Assert.True(install.ExitCode == 0, "npm ci in k8s/validate failed: " + install.Text);
            }
        }
        finally
        {
            Install.Release();
        }

        var file = Path.Combine(Path.GetTempPath(), $"huishang-k8s-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            return await Tool.RunAsync("node", ["validate.mjs", file], validator);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
