using HuiShang.Contracts;

namespace HuiShang.AppHost;

/// <summary>
/// The configuration every child receives as environment variables — the same keys a Kubernetes
/// ConfigMap/Secret provides (docs/decisions/002).
/// </summary>
public sealed class PlatformEnvironment(
    IReadOnlyList<HostDefinition> hosts,
    string messagingConnection,
    Func<string, string> databaseConnection,
    string databaseProvider,
    string signingKey,
    IReadOnlyDictionary<string, string?> extra)
{
    public IReadOnlyDictionary<string, string?> For(HostDefinition host)
    {
        var env = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = host.Name,
            [Env(ConfigKeys.Messaging)] = messagingConnection,
            [Env(ConfigKeys.DatabaseProvider)] = databaseProvider,
            [Env(ConfigKeys.SigningKey)] = signingKey,
            [Env(ConfigKeys.BindAddress)] = "127.0.0.1",
            [Env(ConfigKeys.HttpPort)] = host.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // `dotnet run` of the AppHost sets these for itself; a child must not inherit them.
            ["ASPNETCORE_URLS"] = null,
            ["ASPNETCORE_HTTP_PORTS"] = null,
        };
        if (!host.IsGateway)
        {
            env[Env(ConfigKeys.GrpcPort)] = host.GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (host.HasDatabase)
        {
            env[Env(ConfigKeys.Database(host.Name))] = databaseConnection(host.Name);
        }

        foreach (var service in hosts.Where(h => !h.IsGateway))
        {
            env[Env(ConfigKeys.ServiceGrpc(service.Name))] = $"http://127.0.0.1:{service.GrpcPort}";
        }

        foreach (var (key, value) in extra)
        {
            env[key] = value;
        }

        return env;
    }

    private static string Env(string key) => ConfigKeys.AsEnvironmentVariable(key);
}
