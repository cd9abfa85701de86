using System.Net;
using HuiShang.Contracts;
using Microsoft.Extensions.Configuration;

namespace HuiShang.ServiceDefaults.Configuration;

/// <summary>Typed reads that fail with the environment-variable name instead of a parser's message.</summary>
internal static class ConfigurationValues
{
    public static int Port(IConfiguration configuration, string key, int defaultPort)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultPort;
        }

        return int.TryParse(value, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), value, "a TCP port (0–65535)");
    }

    public static IPAddress Address(IConfiguration configuration, string key, IPAddress defaultAddress)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultAddress;
        }

        return IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), value, "an IP address such as 127.0.0.1 or 0.0.0.0");
    }

    /// <summary>A duration ("08:00:00") above zero and at most <paramref name="maximum"/>.</summary>
    public static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan defaultValue, TimeSpan maximum)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        return TimeSpan.TryParse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero && duration <= maximum
            ? duration
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), value, $"a positive duration such as 08:00:00, at most {maximum:c}");
    }
}
