using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace HuiShang.Grpc.Server;

/// <summary>A unary method bound to <c>Task&lt;TResponse&gt; Name(TRequest, ServerCallContext)</c>.</summary>
internal sealed class UnaryServerMethod<TService, TRequest, TResponse>(MethodDescriptor descriptor, MethodInfo method)
    : ServerMethod(descriptor)
    where TService : class
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    private readonly Func<TService, TRequest, ServerCallContext, Task<TResponse>> _invoke =
        method.CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();

    private readonly MessageParser<TRequest> _parser = (MessageParser<TRequest>)descriptor.InputType.Parser;

    public override async Task RunAsync(ServerCall call)
    {
        var request = await call.ReadSingleMessageAsync(_parser);
        var service = call.GetService<TService>();
        var response = await call.AwaitHandlerAsync(_invoke(service, request, call.Context));
        call.WriteMessage(response);
    }
}
