using HuiShang.Contracts;
using HuiShang.ServiceDefaults;
using HuiShang.ServiceDefaults.Hosting;
using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>Per overlay and service: what the service's pods need, and what keeps it available.</summary>
public sealed class ServiceManifestTests
{
    public static TheoryData<string, string> OverlaysAndServices()
    {
        var data = new TheoryData<string, string>();
        foreach (var overlay in Overlay.Names)
        {
            foreach (var service in Resources.Services)
            {
                data.Add(overlay, service.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task Every_container_running_the_service_gets_every_key_the_host_requires(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);

        foreach (var (owner, pod) in Pods(overlay, service))
        {
            var environment = pod.AppContainer().Environment(overlay);
            var missing = RequiredConfiguration.Service(service).Where(key => !environment.ContainsKey(key)).ToList();
            Assert.True(missing.Count == 0, $"{overlayName} {owner}: missing {string.Join(", ", missing)}");
            Assert.Equal("postgres", environment[RequiredConfiguration.Env(ConfigKeys.DatabaseProvider)].Value);
            Assert.Equal("0.0.0.0", environment[RequiredConfiguration.Env(ConfigKeys.BindAddress)].Value);
            // A service given the signing key refuses to start (decision 011).
            Assert.DoesNotContain(RequiredConfiguration.Env(ConfigKeys.SigningKey), environment.Keys);
        }
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task The_policy_directory_is_the_mounted_policies_ConfigMap(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var policies = overlay.ConfigMap("huishang-policies");

        foreach (var (owner, pod) in Pods(overlay, service))
        {
            var environment = pod.AppContainer().Environment(overlay);
            if (!environment.TryGetValue(Policies.PolicyDirectory.EnvironmentVariable, out var directory))
            {
                continue;
            }

            var mount = pod.AppContainer().VolumeMounts.SingleOrDefault(m => m.MountPath == directory.Value);
            Assert.True(mount is not null, $"{overlayName} {owner}: nothing mounted at {directory.Value}");
            Assert.Equal(policies.Metadata.Name, pod.Volumes.Single(v => v.Name == mount.Name).ConfigMap?.Name);
        }
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task Probes_ask_grpc_health_on_the_port_the_host_listens_on_for_grpc(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var container = overlay.Single<V1Deployment>(service).Spec.Template.Spec.AppContainer();
        var environment = container.Environment(overlay);
        var port = Resources.Service(service).GrpcPort;

        // The host listens where Endpoints__Grpc says (ServiceEndpointsExtensions), else its default.
        Assert.Equal(port.ToString(), environment[RequiredConfiguration.Env(ConfigKeys.GrpcPort)].Value);
        Assert.Equal(port, container.Port("grpc"));
        Assert.Equal(Resources.Service(service).HttpPort.ToString(), environment[RequiredConfiguration.Env(ConfigKeys.HttpPort)].Value);
        Assert.Equal((port, ""), (container.ReadinessProbe.Grpc.Port, container.ReadinessProbe.Grpc.Service ?? ""));
        Assert.Equal((port, GrpcServerExtensions.LivenessService), (container.LivenessProbe.Grpc.Port, container.LivenessProbe.Grpc.Service));
        Assert.Equal((port, GrpcServerExtensions.LivenessService), (container.StartupProbe.Grpc.Port, container.StartupProbe.Grpc.Service));
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task The_Service_exposes_the_grpc_port_as_h2c(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var port = Assert.Single(overlay.Single<V1Service>(service).Spec.Ports);

        Assert.Equal(("grpc", Resources.Service(service).GrpcPort, "kubernetes.io/h2c"), (port.Name, port.Port, port.AppProtocol));
        Assert.Equal("grpc", port.TargetPort.Value);
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task Migration_and_topology_jobs_run_the_service_image_once_each(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var image = overlay.Single<V1Deployment>(service).Spec.Template.Spec.AppContainer().Image;

        var migrate = overlay.Single<V1Job>($"{service}-migrate").Spec.Template.Spec.AppContainer();
        var topology = overlay.Single<V1Job>($"{service}-topology").Spec.Template.Spec.AppContainer();

        Assert.Equal(image, migrate.Image);
        Assert.Equal([RunOrMigrateExtensions.MigrateArgument], migrate.Args);
        Assert.Equal(image, topology.Image);
        Assert.Equal([RunOrMigrateExtensions.DeployTopologyArgument], topology.Args);
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task Replicas_wait_for_their_migrations_and_every_services_topology(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var pod = overlay.Single<V1Deployment>(service).Spec.Template.Spec;

        var wait = Assert.Single(pod.InitContainers);
        string[] expected = [$"job/{service}-migrate", .. Resources.Services.Select(s => $"job/{s.Name}-topology")];
        Assert.Equal(expected.Order(), wait.Args.Where(a => a.StartsWith("job/", StringComparison.Ordinal)).Order());
        Assert.Contains("--for=condition=complete", wait.Args);
        foreach (var job in expected)
        {
            overlay.Single<V1Job>(job["job/".Length..]);
        }

        // The wait may read Jobs, and only its container holds the token.
        var role = overlay.Single<V1Role>(pod.ServiceAccountName);
        Assert.Equal(["get", "list", "watch"], Assert.Single(role.Rules).Verbs);
        Assert.False(pod.AutomountServiceAccountToken);
        Assert.Contains(wait.VolumeMounts, m => m.MountPath == "/var/run/secrets/kubernetes.io/serviceaccount");
        Assert.DoesNotContain(pod.AppContainer().VolumeMounts, m => m.MountPath.StartsWith("/var/run/secrets", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task The_service_has_a_disruption_budget_an_autoscaler_and_a_network_policy_selecting_it(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var labels = overlay.Single<V1Deployment>(service).Spec.Template.Metadata.Labels;

        Assert.True(Selects(overlay.Single<V1PodDisruptionBudget>(service).Spec.Selector, labels), "PDB");
        var hpa = overlay.Single<V2HorizontalPodAutoscaler>(service);
        Assert.Equal(("Deployment", service), (hpa.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name));
        Assert.True(hpa.Spec.MinReplicas <= hpa.Spec.MaxReplicas);
        Assert.True(Selects(overlay.Single<V1NetworkPolicy>(service).Spec.PodSelector, labels), "NetworkPolicy");
    }

    [Theory]
    [MemberData(nameof(OverlaysAndServices))]
    public async Task Only_the_gateway_may_call_the_service_and_only_if_it_does(string overlayName, string service)
    {
        var overlay = await Overlay.LoadAsync(overlayName);
        var policy = overlay.Single<V1NetworkPolicy>(service);

        var sources = (policy.Spec.Ingress ?? []).SelectMany(rule => rule.FromProperty).ToList();
        if (RequiredConfiguration.GatewayUpstreams().Contains(service))
        {
            var source = Assert.Single(sources);
            Assert.Equal("gateway", source.PodSelector.MatchLabels["app.kubernetes.io/name"]);
            Assert.Equal(Resources.Service(service).GrpcPort, int.Parse(Assert.Single(Assert.Single(policy.Spec.Ingress!).Ports).Port.Value));
        }
        else
        {
            Assert.Empty(sources);
        }
    }

    private static IEnumerable<(string Owner, V1PodSpec Pod)> Pods(Overlay overlay, string service) =>
    [
        ($"Deployment/{service}", overlay.Single<V1Deployment>(service).Spec.Template.Spec),
        ($"Job/{service}-migrate", overlay.Single<V1Job>($"{service}-migrate").Spec.Template.Spec),
        ($"Job/{service}-topology", overlay.Single<V1Job>($"{service}-topology").Spec.Template.Spec),
    ];

    public static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels) =>
        selector.MatchExpressions is null or { Count: 0 }
        && selector.MatchLabels.Count > 0
        && selector.MatchLabels.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
