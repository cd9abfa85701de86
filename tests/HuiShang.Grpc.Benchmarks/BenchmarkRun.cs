using System.Globalization;
using HuiShang.Grpc.Benchmarks.Scenarios;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// The whole run: start the servers as child processes, drive every scenario with the same load
/// client (interleaved when there are several rounds, so drift on the machine hits all alike),
/// print and save the table.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var settings = new LoadSettings(options.Concurrency, options.Warmup, options.Duration);
        var loadBefore = MachineContext.LoadAverage();
        var machine = MachineContext.Describe();
        var servers = new List<ChildProcess>();
        var scenarios = new List<Scenario>();
        try
        {
            // Every scenario uses the same load client; only the server process differs.
            foreach (var key in options.Scenarios)
            {
                var (name, starting) = key switch
                {
                    'A' => ("grpc-dotnet server (Grpc.AspNetCore)", Servers.StartDotNetAsync(BenchmarkOptions.DotnetServer, "grpc-dotnet server")),
                    _ => ("grpc-js server (node)", Servers.StartGrpcJsAsync()),
                };
                var server = await Start(servers, starting);
                scenarios.Add(new Scenario(key, $"GrpcChannel → {name}", new GrpcNetCaller(Address(server), options.PayloadSize), server));
            }

            scenarios.Sort((x, y) => x.Key.CompareTo(y.Key));
            var results = await RunRoundsAsync(scenarios, settings, options.Rounds);
            var report = ResultsReport.Build(options, scenarios.Select(s => (s, LoadResult.Combine(results[s.Key]))).ToList(), machine, loadBefore, MachineContext.LoadAverage());

            Console.WriteLine();
            Console.WriteLine(report);
            var output = Path.GetFullPath(options.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            await File.WriteAllTextAsync(output, report);
            Console.WriteLine($"Written to {output}");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // A server that would not start, a missing server.js or node, npm failing: say which, without a stack trace.
            Console.Error.WriteLine($"Benchmark failed: {ex.Message}");
            return 1;
        }
        finally
        {
            foreach (var scenario in scenarios)
            {
                scenario.Caller.Dispose();
            }

            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<Dictionary<char, List<LoadResult>>> RunRoundsAsync(IReadOnlyList<Scenario> scenarios, LoadSettings settings, int rounds)
    {
        // JIT tiering (and PGO) keeps improving both processes for several seconds: run every
        // scenario once unmeasured first, so round 1 does not pay for it and rounds stay comparable.
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"Warming up {scenario.Key}. {scenario.Name} for {settings.Warmup.TotalSeconds:0.#} s");
            await LoadRunner.RunAsync(scenario, settings with { Duration = TimeSpan.Zero });
        }

        var results = scenarios.ToDictionary(s => s.Key, _ => new List<LoadResult>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var scenario in scenarios)
            {
                Console.Write($"Round {round}/{rounds}, {scenario.Key}. {scenario.Name}: ");
                var result = await LoadRunner.RunAsync(scenario, settings);
                results[scenario.Key].Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.CallsPerSecond:N0} calls/s, p50 {result.PercentileMs(50):0.00} ms, p99 {result.PercentileMs(99):0.00} ms, {result.Errors} errors"));
            }
        }

        return results;
    }

    private static async Task<ChildProcess> Start(List<ChildProcess> servers, Task<ChildProcess> starting)
    {
        var server = await starting;
        servers.Add(server);
        Console.WriteLine($"{server.Name} listening on 127.0.0.1:{server.Port}");
        return server;
    }

    private static Uri Address(ChildProcess server) => new($"http://127.0.0.1:{server.Port}");
}
