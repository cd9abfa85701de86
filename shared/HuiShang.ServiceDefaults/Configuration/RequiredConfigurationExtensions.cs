using HuiShang.Contracts;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Configuration;

public static class RequiredConfigurationExtensions
{
    /// <summary>
    /// Fails now, while the host is being built, when any key is missing or blank, naming every
    /// missing key as the environment variable an operator sets (decision 002).
    /// </summary>
    public static IHostApplicationBuilder RequireConfiguration(this IHostApplicationBuilder builder, params string[] keys)
    {
        var missing = keys
            .Where(key => string.IsNullOrWhiteSpace(builder.Configuration[key]))
            .Select(ConfigKeys.AsEnvironmentVariable)
            .ToList();
        return missing.Count == 0 ? builder : throw new MissingConfigurationException(missing);
    }
}
