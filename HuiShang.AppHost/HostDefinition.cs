using HuiShang.Contracts;

namespace HuiShang.AppHost;

/// <summary>A process of the platform: a service or the gateway, with its ports.</summary>
public sealed record HostDefinition(string Name, string ProjectDirectory, string AssemblyName, int GrpcPort, int HttpPort, bool HasDatabase)
{
    public bool IsGateway => Name == Resources.Gateway;

    public string ReadinessUrl => $"http://127.0.0.1:{HttpPort}/health/ready";

    /// <summary>The five services in order, then the gateway, on the default ports or on free ones.</summary>
    public static IReadOnlyList<HostDefinition> All(bool freePorts)
    {
        var ports = freePorts ? LocalInfrastructure.FreePorts.Next(Resources.Services.Count * 2 + 1) : null;
        var hosts = Resources.Services.Select((s, i) =>
        {
            var title = char.ToUpperInvariant(s.Name[0]) + s.Name[1..];
            return new HostDefinition(
                s.Name,
                Path.Combine("services", title, "HuiShang." + title),
                "HuiShang." + title,
                ports?[2 * i] ?? s.GrpcPort,
                ports?[2 * i + 1] ?? s.HttpPort,
                HasDatabase: true);
        }).ToList();
        hosts.Add(new HostDefinition(Resources.Gateway, Path.Combine("gateway", "HuiShang.Gateway"), "HuiShang.Gateway", 0, ports?[^1] ?? Resources.GatewayPort, HasDatabase: false));
        return hosts;
    }
}
