using System.Globalization;
using System.Text;
using HuiShang.Gateway.Benchmarks;

// Issue 12: the gateway's read path after paging, side by side with bare Kestrel answering the same
// JSON; rounds interleaved so that the machine's drift hits both sides alike.
var rounds = Option("--rounds", 3);
var seconds = Option("--duration", 10);
var connections = Option("--connections", 32);
var threads = Option("--threads", 2);
var output = Path.GetFullPath(Environment.GetCommandLineArgs().SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? "BenchmarkResults/read-path.md");

Wrk.EnsureInstalled();
Console.WriteLine("Starting RabbitMQ, Proposals and the gateway; seeding 120 proposals …");
await using var stack = await ReadPathStack.StartAsync(proposals: 120);
var record = await stack.ReadAsync(stack.RecordPath);
var list = await stack.ReadAsync(ReadPathStack.ListPath);
await using var bare = await BareEndpoint.StartAsync(new Dictionary<string, byte[]> { ["/bare/record"] = record, ["/bare/list"] = list });

var scenarios = new (string Name, Uri Url)[]
{
    ("A. one proposal, bare Kestrel", new Uri(bare.BaseAddress, "/bare/record")),
    ("B. one proposal, gateway → gRPC → Proposals → SQLite", new Uri(stack.BaseAddress, stack.RecordPath)),
    ("C. list page (50 summaries), bare Kestrel", new Uri(bare.BaseAddress, "/bare/list")),
    ("D. list page (50 summaries), gateway → gRPC → Proposals → SQLite", new Uri(stack.BaseAddress, ReadPathStack.ListPath)),
};
// --scenarios B,D: only those (e.g. to hold one under load while a profiler is attached).
var only = Environment.GetCommandLineArgs().SkipWhile(a => a != "--scenarios").Skip(1).FirstOrDefault()?.Split(',');
if (only is not null)
{
    scenarios = [.. scenarios.Where(s => only.Contains(s.Name[..1]))];
}

var results = scenarios.ToDictionary(s => s.Name, _ => new List<WrkResult>());
var load = new[] { LoadAverage(), "" };
foreach (var (name, url) in scenarios)
{
    Wrk.Measure(url, stack.Token, threads, connections, 2); // warm-up: JIT, pools, connections
}

for (var round = 1; round <= rounds; round++)
{
    foreach (var (name, url) in scenarios)
    {
        var result = Wrk.Measure(url, stack.Token, threads, connections, seconds);
        results[name].Add(result);
        Console.WriteLine($"round {round}: {name}: {result.RequestsPerSecond:F0} req/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, non-2xx {result.Non2xx}");
    }
}

load[1] = LoadAverage();
var report = Report();
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"Written to {output}");
return results.Values.SelectMany(r => r).Any(r => r.Non2xx > 0) ? 1 : 0;

string Report()
{
    var text = new StringBuilder();
    text.AppendLine(CultureInfo.InvariantCulture, $"# Gateway read path — {DateTime.Now:yyyy-MM-dd HH:mm}");
    text.AppendLine();
    text.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} CPUs; load average before {load[0]}, after {load[1]}; wrk -t{threads} -c{connections} -d{seconds}s, {rounds} interleaved rounds (medians; the range over rounds in brackets).");
    text.AppendLine();
    text.AppendLine("| scenario | req/s | p50 ms | p99 ms |");
    text.AppendLine("|---|---:|---:|---:|");
    foreach (var (name, _) in scenarios)
    {
        var r = results[name];
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Median(r, x => x.RequestsPerSecond):F0} ({r.Min(x => x.RequestsPerSecond):F0}–{r.Max(x => x.RequestsPerSecond):F0}) | {Median(r, x => x.P50Ms):F2} | {Median(r, x => x.P99Ms):F2} |");
    }

    text.AppendLine();
    if (scenarios.Length == 4)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"- one proposal: gateway / bare = **{Ratio(1, 0):F3}** of the req/s");
        text.AppendLine(CultureInfo.InvariantCulture, $"- list page: gateway / bare = **{Ratio(3, 2):F3}** of the req/s");
    }

    return text.ToString();
}

double Ratio(int ours, int baseline)
{
    // Per round (the two sides ran back to back), then the median of the rounds.
    var pairs = results[scenarios[ours].Name].Zip(results[scenarios[baseline].Name], (o, b) => o.RequestsPerSecond / b.RequestsPerSecond).Order().ToList();
    return pairs[pairs.Count / 2];
}

static double Median(List<WrkResult> values, Func<WrkResult, double> of)
{
    var sorted = values.Select(of).Order().ToList();
    return sorted[sorted.Count / 2];
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static int Option(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
