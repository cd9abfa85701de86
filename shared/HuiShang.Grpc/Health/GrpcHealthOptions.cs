namespace HuiShang.Grpc.Health;

public sealed class GrpcHealthOptions
{
    /// <summary>How often Watch re-evaluates the health checks to notice a change.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(5);
}
