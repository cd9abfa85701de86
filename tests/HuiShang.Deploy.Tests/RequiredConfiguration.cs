using System.Text.RegularExpressions;
using HuiShang.Contracts;
using HuiShang.Gateway;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Builder;

namespace HuiShang.Deploy.Tests;

/// <summary>
/// What each host refuses to start without, in environment-variable spelling. The gateway's list is
/// its own fail-fast check's answer (AddGateway on an empty configuration names every missing key), so
/// a new upstream there fails these tests until k8s/ gives it. The services' come from the keys their
/// checks name: ServiceDefaultsExtensions.AddServiceDefaults (messaging, public keys),
/// ServiceDatabaseExtensions (the connection string once the provider is postgres) and
/// AddPolicies (the policy folder: every service gets the ConfigMap, whether it loads profiles or not yet).
/// </summary>
public static partial class RequiredConfiguration
{
    private static readonly Lazy<IReadOnlyList<string>> GatewayKeys = new(AskTheGateway);

    public static IEnumerable<string> Service(string name) =>
        new[] { ConfigKeys.Messaging, ConfigKeys.PublicKeys, ConfigKeys.DatabaseProvider, ConfigKeys.Database(name), ConfigKeys.BindAddress }
            .Select(ConfigKeys.AsEnvironmentVariable)
            .Append(PolicyDirectory.EnvironmentVariable);

    public static IEnumerable<string> Gateway() => GatewayKeys.Value.Append(Env(ConfigKeys.BindAddress));

    /// <summary>The services the gateway calls: those whose address it requires.</summary>
    public static IReadOnlyList<string> GatewayUpstreams() =>
        [.. GatewayKeys.Value.Select(key => UpstreamKey().Match(key)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    public static string Env(string key) => ConfigKeys.AsEnvironmentVariable(key);

    private static IReadOnlyList<string> AskTheGateway()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        var missing = Assert.Throws<MissingConfigurationException>(() => builder.AddGateway());
        return missing.EnvironmentVariables;
    }

    [GeneratedRegex("^Services__(.+)__grpc$")]
    private static partial Regex UpstreamKey();
}
