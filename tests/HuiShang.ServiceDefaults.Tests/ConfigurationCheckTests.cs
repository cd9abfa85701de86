using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceTesting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Decision 002: missing required configuration stops the host at start, naming the environment variable.</summary>
public sealed class ConfigurationCheckTests
{
    [Fact]
    public void RequireConfiguration_names_every_missing_key_in_environment_variable_spelling()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new(ConfigKeys.PublicKeys, "present")]);

        var error = Assert.Throws<MissingConfigurationException>(() =>
            builder.RequireConfiguration(ConfigKeys.Messaging, ConfigKeys.PublicKeys, ConfigKeys.Database(Resources.Funding)));

        Assert.Equal(["ConnectionStrings__messaging", "ConnectionStrings__funding"], error.EnvironmentVariables);
        Assert.Contains("ConnectionStrings__messaging", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_started_without_messaging_exits_non_zero_naming_ConnectionStrings__messaging()
    {
        using var directory = new TestDirectory();
        var environment = ProcessEnvironment.For(directory.Path);
        environment["ConnectionStrings__messaging"] = null;

        var result = await ServiceProgram.RunAsync("Proposals", [], environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ConnectionStrings__messaging", result.OutputText, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", result.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_the_services_connection_string_names_it()
    {
        using var directory = new TestDirectory();

        var error = Assert.Throws<MissingConfigurationException>(() => ServiceApp.Build(
            Resources.Proposals, directory.Path, b => b.AddProposals(), settings: new Dictionary<string, string?> { [ConfigKeys.DatabaseProvider] = "postgres" }));

        Assert.Equal(["ConnectionStrings__proposals"], error.EnvironmentVariables);
    }

    [Theory]
    [InlineData(ConfigKeys.DatabaseProvider, "sqlserver", "Database__Provider")]
    [InlineData(ConfigKeys.GrpcPort, "grpc", "Endpoints__Grpc")]
    [InlineData(ConfigKeys.BindAddress, "localhost:80", "Endpoints__Bind")]
    public void An_unusable_value_names_its_environment_variable(string key, string value, string variable)
    {
        using var directory = new TestDirectory();

        var error = Assert.Throws<InvalidConfigurationException>(() => ServiceApp.Build(
            Resources.Proposals, directory.Path, b => b.AddProposals(), settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Equal(variable, error.EnvironmentVariable);
    }
}
