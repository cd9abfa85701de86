using System.Diagnostics;

namespace HuiShang.Funding.Benchmarks;

/// <summary>Stopwatch timing with warm-up: median and minimum of N runs, and the bytes one run allocates.</summary>
internal sealed record Measurement(string Name, double MedianMs, double MinMs, long AllocatedBytes, decimal Checksum)
{
    public static Measurement Of(string name, Func<decimal> run, int warmUp, int repetitions)
    {
        var checksum = 0m;
        for (var i = 0; i < warmUp; i++)
        {
            checksum = run();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var times = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            checksum = run();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return new Measurement(name, times[repetitions / 2], times[0], allocated, checksum);
    }
}
