using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace HuiShang.Grpc.Client;

/// <summary>
/// A typed handle on one method of a protobuf service, made from the generated descriptor and
/// checked against it once, so a call site cannot pair the wrong request and response types.
/// </summary>
public sealed class Method<TRequest, TResponse>
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    public Method(ServiceDescriptor service, string name)
    {
        Descriptor = service.FindMethodByName(name)
            ?? throw new ArgumentException($"Service {service.FullName} has no method '{name}'.", nameof(name));
        if (Descriptor.InputType.ClrType != typeof(TRequest) || Descriptor.OutputType.ClrType != typeof(TResponse))
        {
            throw new ArgumentException(
                $"{Descriptor.FullName} takes {Descriptor.InputType.ClrType.Name} and returns {Descriptor.OutputType.ClrType.Name}, " +
                $"not {typeof(TRequest).Name} → {typeof(TResponse).Name}.", nameof(name));
        }

        Path = $"/{service.FullName}/{name}";
        ResponseParser = (MessageParser<TResponse>)Descriptor.OutputType.Parser;
    }

    public MethodDescriptor Descriptor { get; }

    /// <summary>The HTTP/2 <c>:path</c> of the method.</summary>
    public string Path { get; }

    internal MessageParser<TResponse> ResponseParser { get; }
}
