using System.Collections.Concurrent;

namespace HuiShang.Grpc.Server;

/// <summary>Which services are mapped, so an unknown path can say "service" or "method" unimplemented.</summary>
internal sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, byte> _services = new(StringComparer.Ordinal);

    public bool FallbackMapped { get; set; }

    public void Add(string serviceFullName) => _services.TryAdd(serviceFullName, 0);

    public bool Contains(string serviceFullName) => _services.ContainsKey(serviceFullName);
}
