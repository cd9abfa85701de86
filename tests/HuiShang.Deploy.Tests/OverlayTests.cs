using HuiShang.Contracts;
using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>What differs between overlays: replicas, the broker and the database, quorum queues; and the policy copy.</summary>
public sealed class OverlayTests
{
    [Fact]
    public async Task Dev_runs_one_replica_of_each_host_and_single_broker_and_database_instances()
    {
        var overlay = await Overlay.LoadAsync("dev");

        Assert.All(overlay.All<V1Deployment>(), d => Assert.Equal(1, d.Spec.Replicas));
        Assert.Equal(1, overlay.Single<V1StatefulSet>("huishang-rabbitmq").Spec.Replicas);
        Assert.Equal(1, overlay.Single<V1StatefulSet>("huishang-postgres").Spec.Replicas);
        Assert.Empty(overlay.Custom);
        Assert.DoesNotContain("Messaging__QuorumQueues", overlay.ConfigMap("huishang-settings").Data.Keys);
        // The services' connection strings name huishang-postgres-rw and huishang-rabbitmq in both overlays.
        overlay.Single<V1Service>("huishang-postgres-rw");
        overlay.Single<V1Service>("huishang-rabbitmq");
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("dapr")]
    public async Task Prod_is_highly_available_with_a_3_node_broker_on_quorum_queues_and_a_3_instance_database(string name)
    {
        var overlay = await Overlay.LoadAsync(name);

        Assert.All(overlay.All<V1Deployment>().Where(d => d.Spec.Template.Spec.Containers.Any(c => c.Name == Containers.App)), d =>
        {
            Assert.Equal(3, d.Spec.Replicas);
            Assert.Equal("DoNotSchedule", d.Spec.Template.Spec.TopologySpreadConstraints.First(c => c.TopologyKey == "topology.kubernetes.io/zone").WhenUnsatisfiable);
        });
        Assert.All(overlay.All<V2HorizontalPodAutoscaler>(), h => Assert.Equal(3, h.Spec.MinReplicas));
        Assert.Equal(3, Convert.ToInt32(overlay.SingleCustom("RabbitmqCluster", "huishang-rabbitmq").Spec("replicas")));
        Assert.Equal("true", overlay.ConfigMap("huishang-settings").Data["Messaging__QuorumQueues"]);
        var postgres = overlay.SingleCustom("Cluster", "huishang-postgres");
        Assert.Equal(3, Convert.ToInt32(postgres.Spec("instances")));
        Assert.NotNull(postgres.Spec("backup", "barmanObjectStore", "destinationPath"));
        var roles = ((List<object>)postgres.Spec("managed", "roles")!).Cast<Dictionary<object, object>>().ToList();
        foreach (var service in Resources.Services.Select(s => s.Name))
        {
            var role = roles.Single(r => (string)r["name"] == service);
            Assert.Equal($"{service}-database", ((Dictionary<object, object>)role["passwordSecret"])["name"]);
            var database = overlay.SingleCustom("Database", service);
            Assert.Equal((service, service, "huishang-postgres"), ((string)database.Spec("name")!, (string)database.Spec("owner")!, (string)database.Spec("cluster", "name")!));
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task Traffic_is_denied_unless_a_policy_allows_it(string name)
    {
        var overlay = await Overlay.LoadAsync(name);

        var deny = overlay.Single<V1NetworkPolicy>("default-deny");
        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Equal(["Ingress", "Egress"], deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Ingress);
        Assert.Null(deny.Spec.Egress);
        var dns = overlay.Single<V1NetworkPolicy>("allow-dns");
        Assert.Contains(dns.Spec.Egress.SelectMany(e => e.Ports), p => p.Port.Value == "53");
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task The_policies_ConfigMap_is_the_repositorys_policy_profiles_unchanged(string name)
    {
        var overlay = await Overlay.LoadAsync(name);
        var data = overlay.ConfigMap("huishang-policies").Data;

        var profiles = Directory.GetFiles(Repository.File("policies"), "*.json");
        Assert.Equal(profiles.Select(Path.GetFileName).Order(), data.Keys.Order());
        foreach (var profile in profiles)
        {
            Assert.True(await File.ReadAllTextAsync(profile) == data[Path.GetFileName(profile)],
                $"k8s/base/policies/{Path.GetFileName(profile)} differs from policies/: copy it again");
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Names), MemberType = typeof(Overlay))]
    public async Task The_hosts_export_traces_to_the_collector_which_sends_them_to_the_dashboard(string name)
    {
        var overlay = await Overlay.LoadAsync(name);

        var endpoint = new Uri(overlay.ConfigMap("huishang-settings").Data["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var collector = overlay.Single<V1Service>(endpoint.Host);
        Assert.Contains(collector.Spec.Ports, p => p.Port == endpoint.Port);
        Assert.Contains("aspire-dashboard:18889", overlay.ConfigMap("otel-collector-config").Data["config.yaml"], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspire-dashboard:", overlay.Single<V1Deployment>("aspire-dashboard").Spec.Template.Spec.Containers.Single().Image, StringComparison.Ordinal);
    }
}
