using System.Diagnostics;
using HuiShang.LocalInfrastructure.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace HuiShang.LocalInfrastructure.Tests;

public sealed class PostgresStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stop_with_a_client_connected_leaves_no_process_no_open_port_and_no_run_directory()
    {
        var clock = Stopwatch.StartNew();
        var server = await PostgresServer.StartAsync();
        var startSeconds = clock.Elapsed.TotalSeconds;
        await server.CreateDatabaseAsync("stopping");
        await using var connection = new NpgsqlConnection(server.ConnectionString("stopping") + ";Pooling=false");
        await connection.OpenAsync();
        var processes = server.RunningProcesses();
        Assert.Contains(processes, p => p.Name == "postgres");
        Assert.True(await Ports.IsListeningAsync(server.Port));

        clock.Restart();
        await server.StopAsync();
        var stopSeconds = clock.Elapsed.TotalSeconds;

        output.WriteLine($"PostgreSQL start {startSeconds:0.0} s, stop {stopSeconds:0.0} s; processes: {string.Join(", ", processes)}");
        Assert.DoesNotContain(processes, p => p.IsRunning());
        Assert.False(await Ports.IsListeningAsync(server.Port));
        Assert.False(Directory.Exists(server.RunDirectory));
    }
}
