using HuiShang.Contracts;
using HuiShang.Messaging;

namespace HuiShang.ServiceTesting;

/// <summary>The configuration a service needs in a test: SQLite in a temp directory, in-memory messaging, free ports.</summary>
public static class TestSettings
{
    public static Dictionary<string, string?> For(string dataDirectory) => new()
    {
        [ConfigKeys.Messaging] = MessagingHostExtensions.InMemoryConnectionString,
        // Public keys only: a service never holds the signing key (decision 011).
        [ConfigKeys.PublicKeys] = TestSigner.Shared.PublicKeys,
        [ConfigKeys.DatabaseProvider] = "sqlite",
        [ConfigKeys.GrpcPort] = "0",
        [ConfigKeys.HttpPort] = "0",
        ["HUISHANG_DATA_DIR"] = dataDirectory,
        // The dispatcher is woken by each commit; a short poll only shortens the tests' worst case.
        ["Messaging:PollInterval"] = "00:00:00.200",
    };
}
