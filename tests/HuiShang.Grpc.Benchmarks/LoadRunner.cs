using System.Diagnostics;
using HuiShang.Grpc.Benchmarks.Scenarios;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>Drives one scenario: warm-up, then the measured window, with the CPU both processes spent in it.</summary>
internal static class LoadRunner
{
    // Room for more calls than this machine can make, so latency lists never grow while measuring.
    private const double MaxTotalCallsPerSecond = 100_000;

    public static async Task<LoadResult> RunAsync(Scenario scenario, LoadSettings settings)
    {
        var window = new MeasureWindow();
        var expected = (int)Math.Min(1 << 20, MaxTotalCallsPerSecond * settings.Duration.TotalSeconds / settings.Concurrency);
        var workers = Enumerable.Range(0, settings.Concurrency).Select(_ => new Worker(scenario.Caller, window, expected)).ToArray();
        var running = workers.Select(w => Task.Run(w.RunAsync)).ToArray();

        await Task.Delay(settings.Warmup);
        var (clientCpu, serverCpu, allocated) = (ClientCpuTime(), scenario.Server.CpuTime, GC.GetTotalAllocatedBytes());
        window.Open(Stopwatch.GetTimestamp());
        await Task.Delay(settings.Duration);
        window.Close(Stopwatch.GetTimestamp());
        (clientCpu, serverCpu, allocated) = (ClientCpuTime() - clientCpu, scenario.Server.CpuTime - serverCpu, GC.GetTotalAllocatedBytes() - allocated);
        await Task.WhenAll(running);

        return new LoadResult(
            Elapsed: Stopwatch.GetElapsedTime(window.Start, window.End),
            Latencies: workers.SelectMany(w => w.Latencies).ToArray(),
            Errors: workers.Sum(w => w.Errors),
            FirstError: workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            ClientCpu: clientCpu,
            ServerCpu: serverCpu,
            ClientAllocatedBytes: allocated);
    }

    private static TimeSpan ClientCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
