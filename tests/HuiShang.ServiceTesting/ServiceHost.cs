using HuiShang.Contracts.ReferenceData;
using Grpc.Core;
using Grpc.Net.Client;
using HuiShang.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceTesting;

/// <summary>
/// A service composed exactly as its Program.cs does (defaults, the service's Add…/Map…) on a real
/// Kestrel bound to 127.0.0.1 port 0: the ASP.NET TestServer cannot carry gRPC over HTTP/2 to our client.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDirectory _directory;

    private ServiceHost(WebApplication app, TestDirectory directory)
    {
        _app = app;
        _directory = directory;
        // Kestrel reports addresses in the order the endpoints were added: gRPC first, then HTTP.
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        GrpcAddress = new Uri(addresses[0]);
        HttpAddress = new Uri(addresses[1]);
        Channel = GrpcChannel.ForAddress(GrpcAddress);
    }

    public Uri GrpcAddress { get; }

    public Uri HttpAddress { get; }

    public GrpcChannel Channel { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ServiceHost> StartAsync(
        string serviceName, Action<WebApplicationBuilder> addService, Action<WebApplication>? mapService = null,
        IReadOnlyDictionary<string, string?>? settings = null, bool migrate = true)
    {
        var directory = new TestDirectory();
        var app = ServiceApp.Build(serviceName, directory.Path, addService, mapService, settings);
        if (migrate)
        {
            foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
            {
                await migrator.MigrateAsync(CancellationToken.None);
            }
        }

        await app.StartAsync();
        return new ServiceHost(app, directory);
    }

    /// <summary>
    /// Call options carrying a token of a seeded user (role@region, api.md), as the gateway forwards it,
    /// signed by <see cref="TestSigner.Shared"/> (a host given other public keys needs its own signer's tokens).
    /// </summary>
    public CallOptions As(string demoUser)
    {
        var user = DemoUsers.Find(RegionCatalog.Default, demoUser) ?? throw new ArgumentException($"No seeded user '{demoUser}'.", nameof(demoUser));
        // Signed as the gateway signs, with the key the service trusts; the service itself cannot sign.
        var token = TestSigner.Shared.Issuer.Issue(user);
        return new CallOptions(new Metadata { { "authorization", $"Bearer {token}" } }, DateTime.UtcNow.AddSeconds(30));
    }

    /// <summary>The SQLite file the service uses by default (HUISHANG_DATA_DIR is the test directory).</summary>
    public string DatabaseFile(string serviceName) => _directory.File(serviceName + ".db");

    /// <summary>Runs <paramref name="action"/> against the service's own DbContext in a fresh scope.</summary>
    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> action)
        where TContext : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
