using Grpc.Health.V1;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

/// <summary>Typed handles on the methods the tests call.</summary>
public sealed class ServiceMethods
{
    public static readonly Google.Protobuf.Reflection.ServiceDescriptor Interop = InteropReflection.Descriptor.Services[0];

    public Method<EchoRequest, EchoReply> Echo { get; } = new(Interop, "Echo");

    public Method<EchoRequest, EchoReply> Missing { get; } = new(Interop, "Missing");

    public Method<CountRequest, CountReply> Count { get; } = new(Interop, "Count");

    public Method<HealthCheckRequest, HealthCheckResponse> HealthCheck { get; } = new(HealthReflection.Descriptor.Services[0], "Check");

    public Method<HealthCheckRequest, HealthCheckResponse> HealthWatch { get; } = new(HealthReflection.Descriptor.Services[0], "Watch");
}
