using Google.Protobuf.Reflection;

namespace HuiShang.Grpc.Server;

/// <summary>A method the descriptor declares but the implementation does not (or cannot) serve.</summary>
internal sealed class UnimplementedServerMethod(MethodDescriptor descriptor, string reason) : ServerMethod(descriptor)
{
    public override Task RunAsync(ServerCall call) =>
        throw new RpcException(StatusCode.Unimplemented, $"Method is unimplemented: {reason}");
}
