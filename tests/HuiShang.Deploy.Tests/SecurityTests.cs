using System.Text.RegularExpressions;
using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>Pod hardening, no secret in the repository, and the Secrets the runbook must create.</summary>
public sealed partial class SecurityTests
{
    /// <summary>Created outside the script (k8s/README.md says how): the site's certificate and backup storage keys.</summary>
    private static readonly string[] CreatedBySite = ["huishang-gateway-tls", "huishang-backup-s3"];

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task Every_pod_runs_non_root_with_seccomp_no_escalation_and_no_capabilities(string name)
    {
        var overlay = await Overlay.LoadAsync(name);

        foreach (var (owner, pod, labels) in overlay.PodSpecs())
        {
            Assert.True(pod.SecurityContext?.RunAsNonRoot == true, $"{owner}: runAsNonRoot");
            Assert.True(pod.SecurityContext?.SeccompProfile?.Type == "RuntimeDefault", $"{owner}: seccomp");
            foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
            {
                Assert.True(container.SecurityContext?.AllowPrivilegeEscalation == false, $"{owner}/{container.Name}: allowPrivilegeEscalation");
                Assert.True(container.SecurityContext?.Capabilities?.Drop?.SequenceEqual(["ALL"]) == true, $"{owner}/{container.Name}: drop ALL");
                Assert.True(container.Resources?.Limits?.ContainsKey("memory") == true && container.Resources.Requests?.ContainsKey("cpu") == true, $"{owner}/{container.Name}: resources");
            }

            if (labels.TryGetValue("app.kubernetes.io/part-of", out var partOf) && partOf == "huishang" && pod.Containers.Any(c => c.Name == Containers.App))
            {
                Assert.True(pod.AppContainer().SecurityContext.ReadOnlyRootFilesystem == true, $"{owner}: read-only root filesystem");
                Assert.Contains(pod.AppContainer().VolumeMounts, m => m.MountPath == "/tmp");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task Replicas_spread_over_zones_and_stop_within_their_grace_period(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var shutdown = int.Parse(overlay.ConfigMap("huishang-settings").Data["DOTNET_SHUTDOWNTIMEOUTSECONDS"]);

        foreach (var deployment in overlay.All<V1Deployment>().Where(d => d.Spec.Template.Spec.Containers.Any(c => c.Name == Containers.App)))
        {
            var pod = deployment.Spec.Template.Spec;
            Assert.Contains(pod.TopologySpreadConstraints, c => c.TopologyKey == "topology.kubernetes.io/zone");
            var preStop = pod.AppContainer().Lifecycle.PreStop.Sleep.Seconds;
            Assert.True(pod.TerminationGracePeriodSeconds > preStop + shutdown, $"{deployment.Metadata.Name}: grace period");
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task No_Secret_is_rendered_and_no_secret_is_a_literal_value(string name)
    {
        var overlay = await Overlay.LoadAsync(name);

        Assert.Empty(overlay.All<V1Secret>());
        foreach (var (owner, pod, _) in overlay.PodSpecs())
        {
            foreach (var variable in pod.Containers.SelectMany(c => c.Env ?? []))
            {
                var secret = SecretName().IsMatch(variable.Name);
                Assert.False(secret && variable.Value is not null, $"{owner}: {variable.Name} has a literal value");
            }
        }

        foreach (var value in overlay.All<V1ConfigMap>().SelectMany(c => c.Data.Values))
        {
            Assert.DoesNotMatch(SecretValue(), value);
        }
    }

    [Theory]
    [InlineData("dev", "dev")]
    [InlineData("prod", "prod")]
    [InlineData("dapr", "prod")]
    public async Task Every_Secret_or_ConfigMap_referenced_but_not_rendered_is_created_by_the_runbook(string name, string scriptOverlay)
    {
        var overlay = await Overlay.LoadAsync(name);
        var rendered = overlay.All<V1ConfigMap>().Select(c => c.Metadata.Name).ToHashSet();
        var (created, _) = await RunbookScript.RunAsync(scriptOverlay);
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.K8s, "README.md"));

        var referenced = overlay.PodSpecs().SelectMany(p => p.Pod.Containers)
            .SelectMany(c => c.Env ?? [])
            .Select(e => e.ValueFrom?.SecretKeyRef?.Name ?? e.ValueFrom?.ConfigMapKeyRef?.Name)
            .Concat(overlay.All<V1Ingress>().SelectMany(i => i.Spec.Tls).Select(t => t.SecretName))
            .Concat(overlay.Custom.SelectMany(c => SecretNames(c.Body)))
            .OfType<string>()
            .Where(n => !rendered.Contains(n))
            .Distinct()
            .ToList();

        Assert.NotEmpty(referenced);
        foreach (var reference in referenced)
        {
            var bySite = CreatedBySite.Contains(reference) && readme.Contains(reference, StringComparison.Ordinal);
            Assert.True(created.Contains(reference) || bySite, $"{reference} is referenced but neither rendered nor created by k8s/create-secrets.sh {scriptOverlay}");
        }
    }

    [Fact]
    public async Task The_runbook_script_never_replaces_what_exists_and_puts_no_secret_on_its_command_line_twice()
    {
        var (created, calls) = await RunbookScript.RunAsync("dev");

        // Each object is created once, after a look that found it missing: a second run rotates nothing.
        Assert.Equal(created.Count, calls.Count(c => c.Contains(" create secret ", StringComparison.Ordinal) || c.Contains(" create configmap ", StringComparison.Ordinal)));
        Assert.DoesNotContain(calls, c => c.Contains(" delete ", StringComparison.Ordinal) || c.Contains(" apply ", StringComparison.Ordinal) || c.Contains(" replace ", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Contains("create secret generic huishang-token-signing --from-literal=signing-key={", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SecretNames(object node) => node switch
    {
        Dictionary<object, object> map => map.SelectMany(pair =>
            pair.Key is "name" && pair.Value is string s && map.Count <= 2 && map.ContainsKey("key") ? [s] : SecretNames(pair.Value)),
        Dictionary<string, object> map => map.Values.SelectMany(SecretNames),
        List<object> list => list.SelectMany(SecretNames),
        _ => [],
    };

    [Fact]
    public void No_file_under_k8s_holds_a_key_password_or_certificate()
    {
        var files = Directory.EnumerateFiles(Repository.K8s, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.False(SecretValue().IsMatch(File.ReadAllText(file)), $"{file} holds a secret value");
        }
    }

    // Names whose value is a credential: connection strings carry passwords, keys sign tokens.
    [GeneratedRegex("^(ConnectionStrings__|Auth__SigningKey$)|PASSWORD|PASS$|SECRET|APIKEY", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    // A private JWK ("d"), a PEM block, a password in a connection string or URI.
    [GeneratedRegex("\"d\"\\s*:\\s*\"|-----BEGIN|Password=[^;$\"'\\s]+|amqps?://[^:/\\s]+:[^@\\s$]+@", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();
}
