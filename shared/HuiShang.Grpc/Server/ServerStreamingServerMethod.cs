using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace HuiShang.Grpc.Server;

/// <summary>
/// A server-streaming method bound to <c>Task Name(TRequest, IServerStreamWriter&lt;TResponse&gt;, ServerCallContext)</c>.
/// </summary>
internal sealed class ServerStreamingServerMethod<TService, TRequest, TResponse>(MethodDescriptor descriptor, MethodInfo method)
    : ServerMethod(descriptor)
    where TService : class
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    private readonly Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoke =
        method.CreateDelegate<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();

    private readonly MessageParser<TRequest> _parser = (MessageParser<TRequest>)descriptor.InputType.Parser;

    public override async Task RunAsync(ServerCall call)
    {
        var request = await call.ReadSingleMessageAsync(_parser);
        var service = call.GetService<TService>();
        await call.AwaitHandlerAsync(_invoke(service, request, new Writer(call), call.Context));
    }

    private sealed class Writer(ServerCall call) : IServerStreamWriter<TResponse>
    {
        public Task WriteAsync(TResponse message, CancellationToken cancellationToken = default) =>
            call.WriteStreamedMessageAsync(message, cancellationToken);
    }
}
