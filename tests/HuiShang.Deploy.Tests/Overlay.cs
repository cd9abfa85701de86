using System.Collections.Concurrent;
using k8s;
using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>
/// One overlay of k8s/ as `kubectl kustomize` renders it, read into the Kubernetes client's models
/// with strict YAML reading: a field the model does not know (a typo, a field of another version)
/// fails the read, as the API server's strict field validation would refuse it. Operator resources
/// (no model here) are kept as plain dictionaries; k8s/validate checks them against their CRDs.
/// </summary>
public sealed class Overlay
{
    public static readonly TheoryData<string> Names = ["dev", "prod", "dapr"];

    /// <summary>The API groups whose kinds are read without a model (validated by k8s/validate's CRD schemas).</summary>
    public static readonly string[] OperatorGroups = ["rabbitmq.com/", "postgresql.cnpg.io/"];

    private static readonly ConcurrentDictionary<string, Lazy<Task<Overlay>>> Cache = new();

    private Overlay(string name, string yaml, IReadOnlyList<object> objects, IReadOnlyList<CustomResource> custom)
    {
        Name = name;
        Yaml = yaml;
        Objects = objects;
        Custom = custom;
    }

    public string Name { get; }

    public string Yaml { get; }

    public IReadOnlyList<object> Objects { get; }

    public IReadOnlyList<CustomResource> Custom { get; }

    public static Task<Overlay> LoadAsync(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<Task<Overlay>>(() => RenderAsync(n))).Value;

    public static async Task<string> RenderYamlAsync(string name)
    {
        var result = await Tool.RunAsync("kubectl", ["kustomize", System.IO.Path.Combine(Repository.K8s, "overlays", name)]);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize k8s/overlays/{name} failed: {result.Error}");
        return result.Output;
    }

    public static (List<object> Objects, List<CustomResource> Custom) Read(string yaml)
    {
        var objects = new List<object>();
        var custom = new List<CustomResource>();
        foreach (var document in yaml.Split("\n---\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var plain = KubernetesYaml.Deserialize<Dictionary<string, object>>(document);
            var apiVersion = (string)plain["apiVersion"];
            if (OperatorGroups.Any(apiVersion.StartsWith))
            {
                custom.Add(new CustomResource(apiVersion, (string)plain["kind"], plain));
            }
            else
            {
                objects.AddRange(KubernetesYaml.LoadAllFromString(document, strict: true));
            }
        }

        return (objects, custom);
    }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public T Single<T>(string name) where T : IKubernetesObject<V1ObjectMeta> =>
        All<T>().SingleOrDefault(o => o.Metadata.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"{Name}: no {typeof(T).Name} named {name}");

    public CustomResource SingleCustom(string kind, string name) =>
        Custom.Single(c => c.Kind == kind && c.Name == name);

    public V1ConfigMap ConfigMap(string prefix) =>
        All<V1ConfigMap>().Single(c => c.Metadata.Name.StartsWith(prefix + "-", StringComparison.Ordinal));

    /// <summary>Every pod template with where it comes from: Deployments, Jobs and StatefulSets.</summary>
    public IEnumerable<(string Owner, V1PodSpec Pod, IDictionary<string, string> Labels)> PodSpecs() =>
        All<V1Deployment>().Select(d => ($"Deployment/{d.Metadata.Name}", d.Spec.Template.Spec, d.Spec.Template.Metadata.Labels))
            .Concat(All<V1Job>().Select(j => ($"Job/{j.Metadata.Name}", j.Spec.Template.Spec, j.Spec.Template.Metadata.Labels)))
            .Concat(All<V1StatefulSet>().Select(s => ($"StatefulSet/{s.Metadata.Name}", s.Spec.Template.Spec, s.Spec.Template.Metadata.Labels)));

    private static async Task<Overlay> RenderAsync(string name)
    {
        var yaml = await RenderYamlAsync(name);
        var (objects, custom) = Read(yaml);
        return new Overlay(name, yaml, objects, custom);
    }
}

/// <summary>An operator resource (RabbitmqCluster, CloudNativePG Cluster and Database) as plain YAML.</summary>
public sealed record CustomResource(string ApiVersion, string Kind, Dictionary<string, object> Body)
{
    public string Name => (string)((Dictionary<object, object>)Body["metadata"])["name"];

    /// <summary>A value under spec by path, e.g. Spec("instances").</summary>
    public object? Spec(params string[] path)
    {
        object? node = Body["spec"];
        foreach (var key in path)
        {
            node = node is Dictionary<object, object> map && map.TryGetValue(key, out var next) ? next : null;
        }

        return node;
    }
}
