using Grpc.Health.V1;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.InteropTests;

/// <summary>Typed handles on the methods the .NET client calls on the grpc-js server.</summary>
public static class InteropMethods
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Interop = InteropReflection.Descriptor.Services[0];

    public static Method<EchoRequest, EchoReply> Echo { get; } = new(Interop, "Echo");

    public static Method<EchoRequest, EchoReply> Missing { get; } = new(Interop, "Missing");

    public static Method<CountRequest, CountReply> Count { get; } = new(Interop, "Count");

    public static Method<HealthCheckRequest, HealthCheckResponse> HealthCheck { get; } = new(HealthReflection.Descriptor.Services[0], "Check");
}
