using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration;

namespace HuiShang.ServiceDefaults.Data;

/// <summary>Reads Database:Provider: absent means the embedded default, SQLite.</summary>
internal static class DatabaseProviderSetting
{
    public static DatabaseProvider Read(IConfiguration configuration)
    {
        var value = configuration[ConfigKeys.DatabaseProvider];
        return value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(ConfigKeys.DatabaseProvider), value, "sqlite or postgres"),
        };
    }
}
