using HuiShang.Contracts;
using HuiShang.Gateway.Upstream;
using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>The gateway: its required keys, its HTTP probes, its upstream addresses, its front door.</summary>
public sealed class GatewayManifestTests
{
    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task The_gateway_gets_every_key_it_requires(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var environment = Gateway(overlay).AppContainer().Environment(overlay);

        var missing = RequiredConfiguration.Gateway().Where(key => !environment.ContainsKey(key)).ToList();

        Assert.True(missing.Count == 0, "missing " + string.Join(", ", missing));
        Assert.Contains(RequiredConfiguration.Env(ConfigKeys.ServiceGrpc(Resources.Proposals)), RequiredConfiguration.Gateway());
        Assert.Equal("huishang-token-signing", environment[RequiredConfiguration.Env(ConfigKeys.SigningKey)].ValueFrom.SecretKeyRef.Name);
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task Probes_are_http_on_the_port_the_gateway_listens_on(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var container = Gateway(overlay).AppContainer();
        var port = int.Parse(container.Environment(overlay)[RequiredConfiguration.Env(ConfigKeys.HttpPort)].Value);

        Assert.Equal(port, container.Port("http"));
        Assert.Equal(("/health/live", "http"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
        Assert.Equal(("/health/live", "http"), (container.StartupProbe.HttpGet.Path, container.StartupProbe.HttpGet.Port.Value));
        Assert.Equal(("/health/ready", "http"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        Assert.Null(container.ReadinessProbe.Grpc);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Each_upstream_address_is_the_services_Service_and_grpc_port(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var environment = Gateway(overlay).AppContainer().Environment(overlay);

        foreach (var service in RequiredConfiguration.GatewayUpstreams())
        {
            var port = Assert.Single(overlay.Single<V1Service>(service).Spec.Ports).Port;
            Assert.Equal($"http://{service}:{port}", environment[RequiredConfiguration.Env(ConfigKeys.ServiceGrpc(service))].Value);
        }
    }

    [Fact]
    public async Task Under_dapr_each_upstream_is_the_local_sidecar_naming_the_service_as_dapr_app_id()
    {
        var overlay = await Overlay.LoadAsync("dapr");
        var gateway = overlay.Single<V1Deployment>("gateway");
        var environment = gateway.Spec.Template.Spec.AppContainer().Environment(overlay);

        foreach (var service in RequiredConfiguration.GatewayUpstreams())
        {
            Assert.Equal("http://127.0.0.1:50001", environment[RequiredConfiguration.Env(ConfigKeys.ServiceGrpc(service))].Value);
            Assert.Equal(service, environment[RequiredConfiguration.Env(DaprAppIdInterceptor.ConfigKey(service))].Value);
            var annotations = overlay.Single<V1Deployment>(service).Spec.Template.Metadata.Annotations;
            Assert.Equal(("true", service, "grpc"), (annotations["dapr.io/enabled"], annotations["dapr.io/app-id"], annotations["dapr.io/app-protocol"]));
            Assert.Equal(Resources.Service(service).GrpcPort.ToString(), annotations["dapr.io/app-port"]);
        }

        Assert.Equal("true", gateway.Spec.Template.Metadata.Annotations["dapr.io/enabled"]);
        // Jobs must complete: a sidecar would keep their pods running.
        Assert.All(overlay.All<V1Job>(), job => Assert.Null(job.Spec.Template.Metadata.Annotations));
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task The_ingress_serves_the_gateway_over_tls_and_only_the_ingress_controller_reaches_it(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var ingress = overlay.Single<V1Ingress>("gateway");
        var tls = Assert.Single(ingress.Spec.Tls);
        var rule = Assert.Single(ingress.Spec.Rules);

        Assert.Contains(rule.Host, tls.Hosts);
        Assert.Equal("gateway", Assert.Single(rule.Http.Paths).Backend.Service.Name);
        var policy = overlay.Single<V1NetworkPolicy>("gateway");
        var from = Assert.Single(Assert.Single(policy.Spec.Ingress).FromProperty);
        Assert.Equal("ingress-nginx", from.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.True(ServiceManifestTests.Selects(overlay.Single<V1PodDisruptionBudget>("gateway").Spec.Selector, Gateway(overlay).Metadata.Labels));
        Assert.Equal("gateway", overlay.Single<V2HorizontalPodAutoscaler>("gateway").Spec.ScaleTargetRef.Name);
    }

    private static V1PodTemplateSpec Gateway(Overlay overlay) => overlay.Single<V1Deployment>("gateway").Spec.Template;
}

file static class PodTemplateExtensions
{
    public static V1Container AppContainer(this V1PodTemplateSpec template) => template.Spec.AppContainer();
}
