using Google.Protobuf;
using HuiShang.Interop.V1;

namespace HuiShang.Grpc.Benchmarks.Scenarios;

/// <summary>The request every scenario sends, built once: the benchmark measures calls, not message building.</summary>
internal static class EchoPayload
{
    public static EchoRequest Request(int size)
    {
        var payload = new byte[size];
        Random.Shared.NextBytes(payload);
        return new EchoRequest { Payload = ByteString.CopyFrom(payload) };
    }
}
