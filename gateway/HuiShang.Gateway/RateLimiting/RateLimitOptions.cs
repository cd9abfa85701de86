using System.Globalization;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Gateway.RateLimiting;

/// <summary>
/// The gateway's request limits (section RateLimits, decision 010), read and checked at start so a
/// typo stops the gateway instead of turning limiting off. The defaults are far above what a person
/// at a portal or a city system's sync does (the test suites and README walk-throughs stay under them)
/// and far below a script: issue 12 drew 500 dev tokens in 1.3 s.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public const string WindowKey = Section + ":Window";
    public const string WritesPerUserKey = Section + ":WritesPerUser";
    public const string AnonymousPerClientKey = Section + ":AnonymousPerClient";

    /// <summary>The fixed window every limit counts in.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>POST/PUT/PATCH/DELETE per token subject and window.</summary>
    public int WritesPerUser { get; init; } = 600;

    /// <summary>Requests without a user (dev-token, health, OpenAPI, or no valid token) per remote address and window.</summary>
    public int AnonymousPerClient { get; init; } = 300;

    public static RateLimitOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new RateLimitOptions();
        return new RateLimitOptions
        {
            Window = ReadWindow(configuration, defaults.Window),
            WritesPerUser = ReadCount(configuration, WritesPerUserKey, defaults.WritesPerUser),
            AnonymousPerClient = ReadCount(configuration, AnonymousPerClientKey, defaults.AnonymousPerClient),
        };
    }

    private static TimeSpan ReadWindow(IConfiguration configuration, TimeSpan fallback)
    {
        var value = configuration[WindowKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var window) && window >= TimeSpan.FromSeconds(1) && window <= TimeSpan.FromHours(1)
            ? window
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(WindowKey), value, "a duration from 00:00:01 to 01:00:00");
    }

    private static int ReadCount(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), value, "a whole number of requests above 0");
    }
}
