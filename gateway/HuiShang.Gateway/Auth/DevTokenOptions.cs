using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Gateway.Auth;

/// <summary>
/// Whether POST /api/auth/dev-token exists (issue 12, finding 5; decision 011). It hands out any
/// seeded identity, the director's and the admin's included, so it is off unless Auth__DevTokens__Enabled
/// says "true" — the environment name no longer turns it on — and a Production host refuses the switch.
/// </summary>
public static class DevTokenOptions
{
    public static bool Enabled(IConfiguration configuration, IHostEnvironment environment)
    {
        var variable = ConfigKeys.AsEnvironmentVariable(ConfigKeys.DevTokensEnabled);
        var value = configuration[ConfigKeys.DevTokensEnabled];
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (!bool.TryParse(value.Trim(), out var enabled))
        {
            throw new InvalidConfigurationException(variable, value, "true or false");
        }

        return enabled && environment.IsProduction()
            ? throw new InvalidConfigurationException(variable, value, "false (or unset) in Production: development tokens impersonate any seeded user")
            : enabled;
    }
}
