using System.Diagnostics;
using HuiShang.Grpc.Benchmarks.Scenarios;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// One closed-loop caller: the next call starts when the previous one ends. Latencies of calls that
/// complete inside the measured window go into a list preallocated before the run, so recording
/// does not allocate while measuring.
/// </summary>
internal sealed class Worker(IEchoCaller caller, MeasureWindow window, int expectedCalls)
{
    public List<long> Latencies { get; } = new(expectedCalls);

    public int Errors { get; private set; }

    public Exception? FirstError { get; private set; }

    public async Task RunAsync()
    {
        while (!window.Stopped)
        {
            var started = Stopwatch.GetTimestamp();
            Exception? error = null;
            try
            {
                await caller.CallAsync();
            }
            catch (Exception ex)
            {
                error = ex;
            }

            var ended = Stopwatch.GetTimestamp();
            if (!window.Contains(ended))
            {
                continue;
            }

            if (error is null)
            {
                Latencies.Add(ended - started);
            }
            else
            {
                Errors++;
                FirstError ??= error;
            }
        }
    }
}
