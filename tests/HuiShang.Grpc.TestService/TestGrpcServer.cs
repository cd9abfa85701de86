using System.Net;
using System.Security.Cryptography.X509Certificates;
using HuiShang.Grpc.Health;
using HuiShang.Grpc.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace HuiShang.Grpc.TestService;

/// <summary>A real Kestrel host on 127.0.0.1 with a free port, serving InteropTest and health.</summary>
public sealed class TestGrpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGrpcServer(WebApplication app, CallLog log, HealthSwitch health)
    {
        _app = app;
        Log = log;
        Health = health;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri Address { get; }

    public CallLog Log { get; }

    /// <summary>Flips the "interop" health check, to test Check and Watch.</summary>
    public HealthSwitch Health { get; }

    public static Task<TestGrpcServer> StartAsync(Action<GrpcServerOptions>? configure = null, X509Certificate2? certificate = null, int port = 0) =>
        StartAsync<InteropTestService>(configure, certificate, port);

    /// <summary>Serves the InteropTest descriptor with another implementation class.</summary>
    public static async Task<TestGrpcServer> StartAsync<TService>(Action<GrpcServerOptions>? configure = null, X509Certificate2? certificate = null, int port = 0)
        where TService : class
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.ListenGrpc(IPAddress.Loopback, port, certificate));
        var log = new CallLog();
        var health = new HealthSwitch();
        builder.Services.AddSingleton(log);
        builder.Services.AddGrpcServer(configure);
        builder.Services.Configure<GrpcHealthOptions>(o => o.WatchInterval = TimeSpan.FromMilliseconds(100));
        builder.Services.AddHealthChecks().AddCheck("interop", health, tags: ["huishang.interop.v1.InteropTest"]);
        var app = builder.Build();
        app.MapGrpcService<TService>(InteropReflection.Descriptor.Services[0]);
        app.MapGrpcHealthService();
        await app.StartAsync();
        return new TestGrpcServer(app, log, health);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed class HealthSwitch : IHealthCheck
    {
        public bool Healthy { get; set; } = true;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(Healthy ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("switched off"));
    }
}
