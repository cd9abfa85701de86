using System.Reflection;
using Google.Protobuf.Reflection;

namespace HuiShang.Grpc.Server;

/// <summary>
/// Binds each method of a protobuf service to the implementation's public method of the same
/// name, from the generated descriptor: no hand-written route per method. A signature that does
/// not fit fails at start-up; a method the class lacks answers UNIMPLEMENTED.
/// </summary>
internal static class GrpcServiceBinder
{
    public static IReadOnlyList<ServerMethod> Bind<TService>(ServiceDescriptor service)
        where TService : class =>
        service.Methods.Select(Bind<TService>).ToList();

    private static ServerMethod Bind<TService>(MethodDescriptor descriptor)
        where TService : class
    {
        if (descriptor.IsClientStreaming)
        {
            return new UnimplementedServerMethod(descriptor, "client and bidirectional streaming are not supported by this transport.");
        }

        var implementation = typeof(TService).GetMethod(descriptor.Name, BindingFlags.Public | BindingFlags.Instance);
        if (implementation is null)
        {
            return new UnimplementedServerMethod(descriptor, $"{typeof(TService).Name} has no method '{descriptor.Name}'.");
        }

        var request = descriptor.InputType.ClrType;
        var response = descriptor.OutputType.ClrType;
        var (expected, open) = descriptor.IsServerStreaming
            ? ([request, typeof(IServerStreamWriter<>).MakeGenericType(response), typeof(ServerCallContext)], typeof(ServerStreamingServerMethod<,,>))
            : (new[] { request, typeof(ServerCallContext) }, typeof(UnaryServerMethod<,,>));
        var expectedReturn = descriptor.IsServerStreaming ? typeof(Task) : typeof(Task<>).MakeGenericType(response);

        var actual = implementation.GetParameters().Select(p => p.ParameterType).ToArray();
        if (!actual.SequenceEqual(expected) || implementation.ReturnType != expectedReturn)
        {
            throw new InvalidOperationException(
                $"{typeof(TService).Name}.{descriptor.Name} must be " +
                $"{expectedReturn.Name} {descriptor.Name}({string.Join(", ", expected.Select(t => t.Name))}) " +
                $"to serve {descriptor.FullName}.");
        }

        var closed = open.MakeGenericType(typeof(TService), request, response);
        return (ServerMethod)Activator.CreateInstance(closed, descriptor, implementation)!;
    }
}
