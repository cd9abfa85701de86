using HuiShang.ServiceTesting;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>
/// `--deploy-topology`: the run-once step a Kubernetes Job runs for every service before any of them
/// starts, declaring its broker topology (what it declares is tested against RabbitMQ in
/// HuiShang.Messaging.Tests). Here: the real programs take the argument, declare and exit.
/// </summary>
public sealed class DeployTopologyTests
{
    [Fact]
    public async Task The_real_program_with_deploy_topology_declares_and_exits_without_serving()
    {
        using var directory = new TestDirectory();

        var result = await ServiceProgram.RunAsync("Notifications", ["--deploy-topology"], ProcessEnvironment.For(directory.Path));

        Assert.True(result.ExitCode == 0, result.OutputText);
        Assert.Contains("Broker topology declared", result.OutputText, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", result.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_and_deploy_topology_together_do_both_then_exit()
    {
        using var directory = new TestDirectory();

        var result = await ServiceProgram.RunAsync("Proposals", ["--migrate", "--deploy-topology"], ProcessEnvironment.For(directory.Path));

        Assert.True(result.ExitCode == 0, result.OutputText);
        Assert.Contains("Migrations applied", result.OutputText, StringComparison.Ordinal);
        Assert.Contains("Broker topology declared", result.OutputText, StringComparison.Ordinal);
        Assert.Contains("proposals", await SqliteFile.TablesAsync(directory.File("proposals.db")));
    }
}
