using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Policies.Tests;

public sealed class AddPoliciesTests
{
    private static IConfiguration Config(string? directory) => new ConfigurationBuilder()
        .AddInMemoryCollection(directory is null ? [] : [new KeyValuePair<string, string?>(PolicyDirectory.ConfigKey, directory)])
        .Build();

    [Fact]
    public void The_configured_directory_is_loaded_into_a_singleton_catalog()
    {
        using var dir = new TempPolicyDirectory().With("tt.json", ProfileJson.Profile("tt", "990000", ProfileJson.Version("2020-01-01", null)));

        using var provider = new ServiceCollection().AddPolicies(Config(dir.Path)).BuildServiceProvider();

        Assert.Equal("tt/2020-01-01", provider.GetRequiredService<PolicyCatalog>().InForce("990000", Shipped.Date("2024-01-01")).Id);
    }

    [Fact]
    public void Without_configuration_the_shipped_policies_folder_is_used()
    {
        using var provider = new ServiceCollection().AddPolicies(Config(null)).BuildServiceProvider();

        Assert.Equal(4, provider.GetRequiredService<PolicyCatalog>().Profiles.Count);
    }

    [Fact]
    public void A_missing_directory_fails_at_start_naming_the_variable()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPolicies(Config("/nonexistent/policies")));

        Assert.Contains("Policies__Directory", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/policies", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_default_folder_fails_naming_the_variable()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PolicyDirectory.Resolve(Config(null), baseDirectory: "/"));

        Assert.Contains("Policies__Directory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_profile_fails_at_start()
    {
        using var dir = new TempPolicyDirectory().With("tt.json", ProfileJson.WithSections("tt", """ "leadTime": { "ruleId": "TT-13", "minimumMonths": -1 } """));

        var ex = Assert.Throws<PolicyValidationException>(() => new ServiceCollection().AddPolicies(Config(dir.Path)));

        Assert.Contains("tt.json: $.versions[0].leadTime.minimumMonths: must not be negative", ex.Message, StringComparison.Ordinal);
    }
}
