using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace HuiShang.ServiceTesting;

/// <summary>
/// A unary method of a service's descriptor, for tests that call many methods through one helper
/// (host.Channel.UnaryAsync(Api.Create, request, host.As(user))). A name the proto lacks fails
/// when the test class loads, not as UNIMPLEMENTED at run time.
/// </summary>
public sealed class UnaryMethod<TRequest, TResponse>(ServiceDescriptor service, string name)
    : Method<TRequest, TResponse>(MethodType.Unary, service.FullName, Checked(service, name), Marshal<TRequest>(), Marshal<TResponse>())
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private static string Checked(ServiceDescriptor service, string name)
    {
        var method = service.FindMethodByName(name) ?? throw new ArgumentException($"{service.FullName} has no method {name}.", nameof(name));
        if (method.InputType.ClrType != typeof(TRequest) || method.OutputType.ClrType != typeof(TResponse))
        {
            throw new ArgumentException($"{service.FullName}.{name} takes {method.InputType.Name} and returns {method.OutputType.Name}.", nameof(name));
        }

        return name;
    }

    private static Marshaller<T> Marshal<T>()
        where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
    }
}

public static class UnaryCalls
{
    public static Task<TResponse> UnaryAsync<TRequest, TResponse>(this ChannelBase channel, Method<TRequest, TResponse> method, TRequest request, CallOptions options)
        where TRequest : class
        where TResponse : class =>
        channel.CreateCallInvoker().AsyncUnaryCall(method, null, options, request).ResponseAsync;
}
