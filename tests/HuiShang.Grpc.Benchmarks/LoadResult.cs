using System.Diagnostics;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>What one measured window produced; latencies are Stopwatch ticks, unsorted.</summary>
internal sealed record LoadResult(
    TimeSpan Elapsed, long[] Latencies, int Errors, Exception? FirstError, TimeSpan ClientCpu, TimeSpan ServerCpu, long ClientAllocatedBytes)
{
    private bool _sorted;

    /// <summary>Several rounds of one scenario as if they were one long window.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> rounds) => new(
        new TimeSpan(rounds.Sum(r => r.Elapsed.Ticks)),
        rounds.SelectMany(r => r.Latencies).ToArray(),
        rounds.Sum(r => r.Errors),
        rounds.Select(r => r.FirstError).FirstOrDefault(e => e is not null),
        new TimeSpan(rounds.Sum(r => r.ClientCpu.Ticks)),
        new TimeSpan(rounds.Sum(r => r.ServerCpu.Ticks)),
        rounds.Sum(r => r.ClientAllocatedBytes))
    {
        RoundCallsPerSecond = rounds.Select(r => r.CallsPerSecond).ToArray(),
    };

    /// <summary>Calls/s of each round, to show how much the machine drifted during the run.</summary>
    public IReadOnlyList<double> RoundCallsPerSecond { get; private init; } = [];

    public int Calls => Latencies.Length;

    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;

    public double ServerCpuMicrosPerCall => PerCall(ServerCpu);

    public double ClientCpuMicrosPerCall => PerCall(ClientCpu);

    /// <summary>Bytes the load client allocated per call (the whole client process; it does nothing else).</summary>
    public double ClientBytesPerCall => Calls == 0 ? double.NaN : (double)ClientAllocatedBytes / Calls;

    /// <summary>Nearest-rank percentile in milliseconds (sorts the latencies in place once).</summary>
    public double PercentileMs(double percentile)
    {
        if (Calls == 0)
        {
            return double.NaN;
        }

        EnsureSorted();
        var rank = (int)Math.Ceiling(percentile / 100 * Calls);
        return Latencies[Math.Clamp(rank, 1, Calls) - 1] * 1000.0 / Stopwatch.Frequency;
    }

    private void EnsureSorted()
    {
        if (!_sorted)
        {
            Array.Sort(Latencies);
            _sorted = true;
        }
    }

    private double PerCall(TimeSpan cpu) => Calls == 0 ? double.NaN : cpu.TotalMicroseconds / Calls;
}
