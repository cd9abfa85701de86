using HuiShang.Contracts;
using HuiShang.Hosting;

namespace HuiShang.AppHost;

/// <summary>
/// What every host of the platform is configured with (the same keys Kubernetes sets, decision 002).
/// <see cref="TokenKeys"/>: every host trusts its public half; only the gateway gets the private one (decision 011).
/// </summary>
public sealed record PlatformSettings(RunDirectory Run, LocalRabbitMq Rabbit, LocalPostgres? Postgres, SigningKeyPair TokenKeys);

public static class PlatformResources
{
    /// <summary>
    /// A service: its run-once migration ("{name}-migrate": the service with --migrate), then the
    /// service itself with an HTTP/2-only gRPC endpoint and an HTTP/1.1 endpoint for /health, ports
    /// from DCP, healthy when /health/ready answers (its database and the broker are reachable).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, PlatformSettings platform)
        where TProject : IProjectMetadata, new()
    {
        var migrate = builder.AddProject<TProject>($"{name}-migrate")
            .WithArgs("--migrate")
            .WithPlatformSettings(platform)
            .WithDatabase(name, platform);
        var service = builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "grpc", env: ConfigKeys.AsEnvironmentVariable(ConfigKeys.GrpcPort))
            .WithEndpoint("grpc", endpoint => endpoint.Transport = "http2")
            .WithHttpEndpoint(name: "http", env: ConfigKeys.AsEnvironmentVariable(ConfigKeys.HttpPort))
            .WithHttpHealthCheck("/health/ready", endpointName: "http")
            .WithPlatformSettings(platform)
            .WithDatabase(name, platform)
            .WaitFor(platform.Rabbit.Server)
            .WaitForCompletion(migrate);
        if (platform.Postgres is { } postgres)
        {
            migrate.WaitForCompletion(postgres.CreateDatabases);
        }

        return service;
    }

    public static IResourceBuilder<ProjectResource> WithPlatformSettings(this IResourceBuilder<ProjectResource> project, PlatformSettings platform) => project
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
        .WithEnvironment("DOTNET_ENVIRONMENT", "Development")
        .WithEnvironment(Env(ConfigKeys.BindAddress), "127.0.0.1")
        .WithEnvironment(Env(ConfigKeys.Messaging), platform.Rabbit.ConnectionString)
        .WithEnvironment(Env(ConfigKeys.PublicKeys), SigningKeyPair.KeySet(platform.TokenKeys.PublicJwk))
        .WithEnvironment(Env(ConfigKeys.DatabaseProvider), platform.Postgres is null ? "sqlite" : "postgres");

    /// <summary>
    /// The signer (the gateway alone): the private key, and the development tokens the README's
    /// walk-throughs draw with curl from this machine (loopback only; off anywhere else by default).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTokenSigning(this IResourceBuilder<ProjectResource> gateway, PlatformSettings platform) => gateway
        .WithEnvironment(Env(ConfigKeys.SigningKey), platform.TokenKeys.PrivateJwk)
        .WithEnvironment(Env(ConfigKeys.DevTokensEnabled), "true");

    /// <summary>The gateway reaches a service at its gRPC endpoint and is ready only when it is.</summary>
    public static IResourceBuilder<ProjectResource> WithUpstream(this IResourceBuilder<ProjectResource> gateway, IResourceBuilder<ProjectResource> service) => gateway
        .WithEnvironment(Env(ConfigKeys.ServiceGrpc(service.Resource.Name)), service.GetEndpoint("grpc"))
        .WaitFor(service);

    /// <summary>Prints where to start once the gateway answers (the dashboard prints its own login link).</summary>
    public static IResourceBuilder<ProjectResource> AnnounceWhenReady(this IResourceBuilder<ProjectResource> gateway)
    {
        gateway.OnResourceReady((resource, _, _) =>
        {
            var http = resource.GetEndpoint("http");
            Console.WriteLine($"HuiShang is running: gateway {http.Url} (OpenAPI {http.Url}/openapi/v1.json). Ctrl+C stops everything.");
            return Task.CompletedTask;
        });
        return gateway;
    }

    /// <summary>Runs scripts/install-infrastructure.sh once (installs what is missing, then exits).</summary>
    public static IResourceBuilder<ExecutableResource> AddInfrastructurePackages(this IDistributedApplicationBuilder builder, string runDirectory, bool postgres)
    {
        var script = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "scripts", "install-infrastructure.sh"));
        string[] packages = postgres ? ["rabbitmq-server", "postgresql"] : ["rabbitmq-server"];
        Directory.CreateDirectory(runDirectory);
        return builder.AddExecutable("packages", "bash", runDirectory, [script, .. packages]);
    }

    private static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> project, string service, PlatformSettings platform) =>
        platform.Postgres is { } postgres
            ? project.WithEnvironment(Env(ConfigKeys.Database(service)), postgres.ConnectionString(service))
            : project.WithEnvironment(Env(ConfigKeys.Database(service)), $"Data Source={platform.Run.Database(service)}");

    private static string Env(string key) => ConfigKeys.AsEnvironmentVariable(key);
}
