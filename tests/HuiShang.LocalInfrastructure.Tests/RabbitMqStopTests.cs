using System.Diagnostics;
using HuiShang.LocalInfrastructure.RabbitMq;
using Xunit.Abstractions;

namespace HuiShang.LocalInfrastructure.Tests;

public sealed class RabbitMqStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stop_leaves_no_process_no_open_port_and_no_run_directory()
    {
        var clock = Stopwatch.StartNew();
        var server = await RabbitMqServer.StartAsync();
        var startSeconds = clock.Elapsed.TotalSeconds;
        var processes = server.RunningProcesses();
        int[] ports = [server.AmqpPort, server.DistPort, server.EpmdPort];
        Assert.Contains(processes, p => p.Name == "beam.smp");
        Assert.Contains(processes, p => p.Name == "epmd");
        foreach (var port in ports)
        {
            Assert.True(await Ports.IsListeningAsync(port), $"port {port} should be open while the node runs");
        }

        clock.Restart();
        await server.StopAsync();
        var stopSeconds = clock.Elapsed.TotalSeconds;

        output.WriteLine($"RabbitMQ start {startSeconds:0.0} s, stop {stopSeconds:0.0} s; processes: {string.Join(", ", processes)}");
        Assert.DoesNotContain(processes, p => p.IsRunning());
        foreach (var port in ports)
        {
            Assert.False(await Ports.IsListeningAsync(port), $"port {port} should be closed after the stop");
        }

        Assert.False(Directory.Exists(server.RunDirectory));
        Assert.True(server.Process.HasExited);
    }

    [Fact]
    public async Task A_node_that_cannot_boot_fails_with_its_output_and_leaves_nothing_running()
    {
        // The AMQP port is taken, so the node fails while starting its listener.
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var runDirectory = Directory.CreateTempSubdirectory("huishang-rabbitmq-test-").FullName;
        try
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => RabbitMqServer.StartAsync(
                new RabbitMqServerOptions { AmqpPort = port, RunDirectory = runDirectory, StartTimeout = TimeSpan.FromSeconds(45) }));

            output.WriteLine(failure.Message);
            Assert.Contains("eaddrinuse", failure.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Last output of the server", failure.Message);
            Assert.Empty(Processes.ProcessTable.FindByEnvironment("beam.smp", $"HOME={runDirectory}"));
            Assert.Empty(Processes.ProcessTable.FindByEnvironment("epmd", $"HOME={runDirectory}"));
        }
        finally
        {
            Directory.Delete(runDirectory, recursive: true);
        }
    }
}
