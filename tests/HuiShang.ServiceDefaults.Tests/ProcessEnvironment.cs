using HuiShang.Contracts;
using HuiShang.ServiceTesting;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>
/// A service process's environment: the keys of decision 002 set for a test, and every other
/// platform key removed, so nothing leaks in from the machine running the tests.
/// </summary>
public static class ProcessEnvironment
{
    public static Dictionary<string, string?> For(string dataDirectory) => new()
    {
        [Env(ConfigKeys.Messaging)] = "inmemory://",
        [Env(ConfigKeys.PublicKeys)] = TestSigner.Shared.PublicKeys,
        [Env(ConfigKeys.SigningKey)] = null,
        [Env(ConfigKeys.DatabaseProvider)] = "sqlite",
        [Env(ConfigKeys.Database(Resources.Proposals))] = null,
        [Env(ConfigKeys.GrpcPort)] = "0",
        [Env(ConfigKeys.HttpPort)] = "0",
        ["HUISHANG_DATA_DIR"] = dataDirectory,
        ["ASPNETCORE_URLS"] = null,
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = null,
    };

    private static string Env(string key) => ConfigKeys.AsEnvironmentVariable(key);
}
