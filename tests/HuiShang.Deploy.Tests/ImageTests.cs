using System.Text.Json;
using HuiShang.Contracts;
using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>
/// The images the manifests run are the ones `dotnet publish -t:PublishContainer` builds (read from
/// MSBuild, not the image: no registry is reachable here), and every image is pinned.
/// </summary>
public sealed class ImageTests
{
    private static readonly Dictionary<string, string> Hosts = new()
    {
        [Resources.Proposals] = "services/Proposals/HuiShang.Proposals/HuiShang.Proposals.csproj",
        [Resources.Agreements] = "services/Agreements/HuiShang.Agreements/HuiShang.Agreements.csproj",
        [Resources.Funding] = "services/Funding/HuiShang.Funding/HuiShang.Funding.csproj",
        [Resources.Evaluation] = "services/Evaluation/HuiShang.Evaluation/HuiShang.Evaluation.csproj",
        [Resources.Notifications] = "services/Notifications/HuiShang.Notifications/HuiShang.Notifications.csproj",
        [Resources.Gateway] = "gateway/HuiShang.Gateway/HuiShang.Gateway.csproj",
    };

    public static TheoryData<string, string> OverlaysAndHosts()
    {
        var data = new TheoryData<string, string>();
        foreach (var overlay in Overlay.Names)
        {
            foreach (var host in Hosts.Keys)
            {
                data.Add(overlay, host);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OverlaysAndHosts))]
    public async Task The_host_runs_the_image_its_project_publishes_as_the_user_the_pod_runs_as(string overlayName, string host)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var container = await ContainerPropertiesAsync(Hosts[host]);
        var pod = overlay.Single<V1Deployment>(host).Spec.Template.Spec;

        Assert.Equal($"huishang/{host}", container["ContainerRepository"]);
        var image = pod.AppContainer().Image;
        Assert.True(image == $"{container["ContainerRepository"]}:{container["ContainerImageTag"]}"
            || image.EndsWith($"/{container["ContainerRepository"]}:{container["ContainerImageTag"]}", StringComparison.Ordinal), image);
        Assert.Equal(container["ContainerUser"], pod.SecurityContext.RunAsUser.ToString());
        Assert.Matches(@":\d+\.\d+\.\d+-", container["ContainerBaseImage"]);
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task Every_image_is_pinned_to_a_version_or_digest(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var images = overlay.PodSpecs().SelectMany(p => p.Pod.Containers.Concat(p.Pod.InitContainers ?? []))
            .Select(c => c.Image)
            .Concat(overlay.Custom.Select(c => c.Spec("image") ?? c.Spec("imageName")).OfType<string>())
            .Distinct()
            .ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Matches(@"(@sha256:[0-9a-f]{64}|:v?\d+(\.\d+)+[\w.-]*)$", image));
        Assert.DoesNotContain(images, image => image.EndsWith(":latest", StringComparison.Ordinal));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<Dictionary<string, string>>>> Evaluated = new();

    /// <summary>The container properties MSBuild evaluates for a project (Directory.Build.props + csproj), once per project.</summary>
    private static Task<Dictionary<string, string>> ContainerPropertiesAsync(string project) =>
        Evaluated.GetOrAdd(project, p => new Lazy<Task<Dictionary<string, string>>>(() => EvaluateAsync(p))).Value;

    private static async Task<Dictionary<string, string>> EvaluateAsync(string project)
    {
        string[] names = ["ContainerRepository", "ContainerImageTag", "ContainerUser", "ContainerBaseImage"];
        var result = await Tool.RunAsync("dotnet", ["msbuild", Repository.File(project), .. names.Select(n => "-getProperty:" + n)]);
        Assert.True(result.ExitCode == 0, result.Text);
        var properties = JsonDocument.Parse(result.Output).RootElement.GetProperty("Properties");
        return names.ToDictionary(n => n, n => properties.GetProperty(n).GetString() ?? "");
    }
}
