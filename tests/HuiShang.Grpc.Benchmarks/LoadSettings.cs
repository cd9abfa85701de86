namespace HuiShang.Grpc.Benchmarks;

/// <summary>How hard and how long each scenario is driven.</summary>
internal sealed record LoadSettings(int Concurrency, TimeSpan Warmup, TimeSpan Duration);
