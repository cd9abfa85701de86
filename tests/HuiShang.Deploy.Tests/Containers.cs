using k8s.Models;

namespace HuiShang.Deploy.Tests;

/// <summary>What a container is given: environment names and values, with envFrom ConfigMaps resolved from the render.</summary>
public static class Containers
{
    public const string App = "app";

    public static V1Container AppContainer(this V1PodSpec pod) => pod.Containers.Single(c => c.Name == App);

    /// <summary>Every variable the container gets: its env entries and the keys of the ConfigMaps it takes whole.</summary>
    public static IReadOnlyDictionary<string, V1EnvVar> Environment(this V1Container container, Overlay overlay)
    {
        var variables = new Dictionary<string, V1EnvVar>();
        foreach (var source in container.EnvFrom ?? [])
        {
            Assert.True(source.SecretRef is null, $"{container.Name}: envFrom a Secret hides which keys it sets; name each one");
            var map = overlay.All<V1ConfigMap>().SingleOrDefault(c => c.Metadata.Name == source.ConfigMapRef.Name)
                ?? throw new Xunit.Sdk.XunitException($"{overlay.Name}: envFrom ConfigMap {source.ConfigMapRef.Name} is not in the render");
            foreach (var (key, value) in map.Data)
            {
                variables[key] = new V1EnvVar { Name = key, Value = value };
            }
        }

        foreach (var variable in container.Env ?? [])
        {
            variables[variable.Name] = variable;
        }

        return variables;
    }

    public static int Port(this V1Container container, string name) =>
        container.Ports.Single(p => p.Name == name).ContainerPort;
}
