using System.Globalization;
using HuiShang.Funding.Benchmarks;
using HuiShang.Policies;

// Issue 6 benchmark: funding plans and priority for a national-size data set, the service's code (a)
// side by side with a plain in-memory loop over the same data (b). Run with
//   dotnet run -c Release --project tests/HuiShang.Funding.Benchmarks [repetitions]
var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var catalog = PolicyCatalog.LoadDirectory(PolicyDirectory.FindDefault(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("No policies folder found; run from the repository."));
var data = DataSet.Generate();

Console.WriteLine($"Data: {DataSet.Cities} cities, {DataSet.Districts} districts, {data.All.Count:N0} projects, {data.EnvelopeCount} envelopes; "
    + $"{repetitions} timed runs after 3 warm-ups; {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC.");
var real = Measurement.Of("(a) service: InForce + Matching + FundingPlanCalculator + PriorityRanking", () => RealPath.Run(data, catalog), 3, repetitions);
var plain = Measurement.Of("(b) plain loop: hard-coded 1:1 and shares + List.Sort", () => PlainPath.Run(data), 3, repetitions);

foreach (var m in new[] { real, plain })
{
    Console.WriteLine($"{m.Name}");
    Console.WriteLine($"    median {m.MedianMs,9:F2} ms   min {m.MinMs,9:F2} ms   allocated {m.AllocatedBytes / 1024.0 / 1024.0,8:F2} MiB/run   checksum {m.Checksum}");
}

Console.WriteLine($"ratio (a)/(b): median {real.MedianMs / plain.MedianMs:F2}×, min {real.MinMs / plain.MinMs:F2}×, allocations {(double)real.AllocatedBytes / plain.AllocatedBytes:F2}×");
Console.WriteLine(real.Checksum == plain.Checksum ? "checksums agree: both paths computed the same money and the same first ranks." : "CHECKSUMS DIFFER");
return real.Checksum == plain.Checksum ? 0 : 1;
