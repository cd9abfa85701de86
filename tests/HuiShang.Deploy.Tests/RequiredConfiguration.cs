using HuiShang.Contracts;
using HuiShang.Policies;

namespace HuiShang.Deploy.Tests;

/// <summary>
/// What each host refuses to start without, in environment-variable spelling, from the keys its
/// fail-fast checks name: ServiceDefaultsExtensions.AddServiceDefaults (messaging, public keys),
/// ServiceDatabaseExtensions (the service's connection string once the provider is postgres),
/// PolicyServiceCollectionExtensions.AddPolicies (the services that load policy profiles), and
/// GatewayHostDefaults (signing key, public keys, every upstream address).
/// </summary>
public static class RequiredConfiguration
{
    /// <summary>The services that call AddPolicies (their Extensions.cs).</summary>
    public static readonly string[] PolicyServices = [Resources.Proposals, Resources.Agreements, Resources.Funding];

    public static readonly string[] GatewayUpstreams = [Resources.Proposals, Resources.Agreements, Resources.Funding, Resources.Notifications];

    public static IEnumerable<string> Service(string name)
    {
        string[] keys = [ConfigKeys.Messaging, ConfigKeys.PublicKeys, ConfigKeys.DatabaseProvider, ConfigKeys.Database(name), ConfigKeys.BindAddress];
        var variables = keys.Select(ConfigKeys.AsEnvironmentVariable);
        return PolicyServices.Contains(name) ? variables.Append(PolicyDirectory.EnvironmentVariable) : variables;
    }

    public static IEnumerable<string> Gateway() =>
        new[] { ConfigKeys.SigningKey, ConfigKeys.PublicKeys, ConfigKeys.BindAddress }
            .Concat(GatewayUpstreams.Select(ConfigKeys.ServiceGrpc))
            .Select(ConfigKeys.AsEnvironmentVariable);

    public static string Env(string key) => ConfigKeys.AsEnvironmentVariable(key);
}
