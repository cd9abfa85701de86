namespace HuiShang.Grpc.Benchmarks.Scenarios;

/// <summary>One row of the result table: a client calling one server process.</summary>
internal sealed record Scenario(char Key, string Name, IEchoCaller Caller, ChildProcess Server);
