namespace HuiShang.Grpc.Server;

/// <summary>Writes the messages of a server-streaming response, each flushed to the caller at once.</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}
