namespace HuiShang.Grpc.Benchmarks.Scenarios;

/// <summary>Makes one Echo call; throws when the call failed or the reply is not the echo.</summary>
internal interface IEchoCaller : IDisposable
{
    Task CallAsync();
}
