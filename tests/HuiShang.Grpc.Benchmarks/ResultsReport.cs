using System.Globalization;
using System.Text;
using HuiShang.Grpc.Benchmarks.Scenarios;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>The markdown the README quotes: one row per scenario, then the grpc-dotnet server's ratios to the others.</summary>
internal static class ResultsReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Build(BenchmarkOptions options, IReadOnlyList<(Scenario Scenario, LoadResult Result)> rows, string machine, string loadBefore, string loadAfter)
    {
        var text = new StringBuilder();
        text.AppendLine("## gRPC unary Echo benchmark");
        text.AppendLine("");
        text.AppendLine(Inv, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. {options.Concurrency} concurrent closed-loop callers, {options.PayloadSize}-byte payload, " +
            $"{options.Warmup.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s measured per scenario and round, {options.Rounds} round(s) interleaved " +
            $"after one unmeasured warm-up pass. Figures are over all rounds; CPU is each process's CPU time in the measured windows divided by calls.");
        var flags = string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
        text.AppendLine(Inv, $"Flags: {(flags.Length > 0 ? $"`{flags}`" : "none (defaults)")}.");
        text.AppendLine(Inv, $"Machine: {machine}; 1-min load average {loadBefore} before, {loadAfter} after. " +
            $"The load client and the server process share these CPUs, and other work on the machine adds noise.");
        text.AppendLine("");
        text.AppendLine("| Scenario | calls/s | p50 ms | p99 ms | errors | calls/s by round | server CPU µs/call | client CPU µs/call | client B/call |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (scenario, result) in rows)
        {
            var byRound = string.Join(" / ", result.RoundCallsPerSecond.Select(r => r.ToString("N0", Inv)));
            text.AppendLine(Inv, $"| {scenario.Key}. {scenario.Name} | {result.CallsPerSecond:N0} | {result.PercentileMs(50):0.00} | {result.PercentileMs(99):0.00} | " +
                $"{result.Errors} | {byRound} | {result.ServerCpuMicrosPerCall:0.0} | {result.ClientCpuMicrosPerCall:0.0} | {result.ClientBytesPerCall:N0} |");
        }

        var byKey = rows.ToDictionary(r => r.Scenario.Key, r => r.Result);
        if (byKey.TryGetValue('A', out var a) && byKey.Count > 1)
        {
            text.AppendLine("");
            text.AppendLine("| Ratio (grpc-dotnet server ÷ other) | calls/s | p50 | p99 | server CPU µs/call |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var (scenario, other) in rows.Where(r => r.Scenario.Key != 'A'))
            {
                text.AppendLine(Inv, $"| A/{scenario.Key} (vs {scenario.Name.Split("→ ")[^1]}) | {a.CallsPerSecond / other.CallsPerSecond:0.00}× | " +
                    $"{a.PercentileMs(50) / other.PercentileMs(50):0.00}× | {a.PercentileMs(99) / other.PercentileMs(99):0.00}× | " +
                    $"{a.ServerCpuMicrosPerCall / other.ServerCpuMicrosPerCall:0.00}× |");
            }

            text.AppendLine("");
            text.AppendLine("calls/s above 1× and latency or CPU below 1× favour the grpc-dotnet server.");
        }

        text.AppendLine("");
        foreach (var (scenario, result) in rows.Where(r => r.Result.FirstError is not null))
        {
            text.AppendLine(Inv, $"- First error in {scenario.Key}: {result.FirstError!.GetType().Name}: {result.FirstError.Message}");
        }

        return text.ToString();
    }
}
