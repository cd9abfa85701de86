using System.Globalization;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Gateway.Upstream;

/// <summary>How long the gateway waits for a service (Gateway:UpstreamTimeout, default 10 s).</summary>
public sealed class UpstreamOptions
{
    public const string TimeoutKey = "Gateway:UpstreamTimeout";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public static UpstreamOptions FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[TimeoutKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new UpstreamOptions();
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero
            ? new UpstreamOptions { Timeout = timeout }
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(TimeoutKey), value, "a positive duration such as 00:00:10");
    }
}
