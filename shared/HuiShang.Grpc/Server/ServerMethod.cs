using Google.Protobuf.Reflection;

namespace HuiShang.Grpc.Server;

/// <summary>One method of a mapped service: its route and how to run a call of it.</summary>
internal abstract class ServerMethod(MethodDescriptor descriptor)
{
    public MethodDescriptor Descriptor { get; } = descriptor;

    public string ServiceName => Descriptor.Service.FullName;

    public string Path => $"/{Descriptor.Service.FullName}/{Descriptor.Name}";

    /// <summary>Reads the request, invokes the handler and writes the response message(s).</summary>
    public abstract Task RunAsync(ServerCall call);
}
