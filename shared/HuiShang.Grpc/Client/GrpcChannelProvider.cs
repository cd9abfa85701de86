using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Grpc.Client;

/// <summary>
/// One channel per named service, addressed by configuration <c>Services:{name}:grpc</c>
/// (environment <c>Services__{name}__grpc</c>), created on first use and kept.
/// </summary>
public sealed class GrpcChannelProvider(IConfiguration configuration, GrpcChannelOptions? options = null) : IDisposable
{
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.OrdinalIgnoreCase);

    public GrpcChannel Get(string serviceName) => _channels.GetOrAdd(serviceName, name =>
    {
        var key = $"Services:{name}:grpc";
        var address = configuration[key];
        if (string.IsNullOrWhiteSpace(address))
        {
            throw new InvalidOperationException($"Missing configuration '{key.Replace(":", "__", StringComparison.Ordinal)}': the gRPC address of service '{name}'.");
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Configuration '{key}' = '{address}' is not an http:// or https:// address.");
        }

        return GrpcChannel.ForAddress(uri, options);
    });

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}

public static class GrpcClientServiceCollectionExtensions
{
    /// <summary>Registers <see cref="GrpcChannelProvider"/>: inject it and call Get("proposals").</summary>
    public static IServiceCollection AddGrpcChannels(this IServiceCollection services, Action<GrpcChannelOptions>? configure = null)
    {
        services.AddSingleton(sp =>
        {
            var options = new GrpcChannelOptions();
            configure?.Invoke(options);
            return new GrpcChannelProvider(sp.GetRequiredService<IConfiguration>(), options);
        });
        return services;
    }
}
